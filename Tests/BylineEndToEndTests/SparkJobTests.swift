import Foundation
import XCTest

/// The PySpark job of integrations/spark on a real Spark (local[2]) with the built binary: it
/// writes the five Parquet tables, which are read back and checked against the CLI's own
/// analysis, and a record that crashes or hangs the analyser becomes an error row while the
/// rest of its batch is analysed. `.ci/run` makes the virtual environment with PySpark.
final class SparkJobTests: TemporaryFolderTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var python: String {
        get throws {
            let path = Self.repository.appendingPathComponent(".venv-spark/bin/python").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("CI has no \(path): .ci/run should have made it")
            }
            throw XCTSkip("no PySpark virtual environment at \(path); run .ci/run (or see integrations/spark/README.md) to make it")
        }
    }

    func testJobWritesTheTablesAndIsolatesPoisonedRecords() throws {
        let python = try python
        let fixtures = Self.repository.appendingPathComponent("Tests/BylineEndToEndTests/Fixtures/spark")
        let input = folderURL.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let articles = ["council.txt", "library.md", "harbour.html"]
        for name in articles {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        // Markers that only the test double below reacts to: the analyser itself never sees them.
        try Data("Crash here. BYLINE-TEST-CRASH, said the tester.".utf8).write(to: input.appendingPathComponent("poison-crash.txt"))
        try Data("Hang here. BYLINE-TEST-HANG, said the tester.".utf8).write(to: input.appendingPathComponent("poison-hang.txt"))
        let output = folderURL.appendingPathComponent("tables")

        let result = try run(python, [Self.repository.appendingPathComponent("integrations/spark/tests/run_and_read.py").path,
                                      "--byline", try poisonableBinary().path, "--input", input.path,
                                      "--output", output.path, "--master", "local[2]", "--partitions", "2",
                                      "--timeout", "8"])
        XCTAssertEqual(result.status, 0, result.stderr)
        var rows: [String: [[String: Any]]] = [:]
        var reported: [String: Int]?
        for line in result.stdout.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            if let counts = object["counts"] as? [String: Int] { reported = counts }
            guard let table = object["table"] as? String, let row = object["row"] as? [String: Any] else { continue }
            rows[table, default: []].append(row)
        }
        // The rows the job says it wrote (observed while writing) are the rows read back.
        XCTAssertEqual(reported, rows.mapValues(\.count), "reported counts")

        let documents = rows["documents"] ?? []
        XCTAssertEqual(documents.count, 5)
        let errors = Dictionary(uniqueKeysWithValues: documents.compactMap { row -> (String, String)? in
            guard let error = row["error"] as? String, let id = row["doc_id"] as? String else { return nil }
            return ((id as NSString).lastPathComponent, error)
        })
        XCTAssertEqual(Set(errors.keys), ["poison-crash.txt", "poison-hang.txt"])
        XCTAssertTrue(errors["poison-crash.txt"]?.contains("exited with status 3") == true, "\(errors)")
        XCTAssertTrue(errors["poison-hang.txt"]?.contains("timed out") == true, "\(errors)")

        // Five tables are written from one analysis: each healthy article went through the
        // analyser once (a stream that failed gave nothing), not once per table.
        let runs = try String(contentsOf: analysedRecords, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(runs.compactMap { Int($0) }.reduce(0, +), articles.count, "records analysed per run: \(runs)")

        // The same articles through the CLI give the counts the tables must hold.
        let cli = try BylineExecutable.run(["analyze", "--format", "jsonl"] + articles.map { input.appendingPathComponent($0).path })
        XCTAssertEqual(cli.status, 0, cli.stderr)
        var expected: [String: Int] = ["entities": 0, "quotes": 0, "sources": 0, "claims": 0]
        for line in cli.stdout.split(separator: "\n") {
            let analysis = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in expected.keys { expected[key]! += (analysis[key] as? [Any])?.count ?? 0 }
        }
        for (table, count) in expected {
            XCTAssertEqual(rows[table]?.count ?? 0, count, table)
            XCTAssertGreaterThan(count, 0, table)
        }

        let quotes = rows["quotes"] ?? []
        func quote(by speaker: String) -> [String: Any]? { quotes.first { $0["speaker"] as? String == speaker } }
        let becker = try XCTUnwrap(quote(by: "Tom Becker"))
        XCTAssertEqual(becker["kind"] as? String, "direct")
        XCTAssertEqual(becker["content"] as? String, "“This will cut travel times for thousands of riders,”")
        XCTAssertTrue((becker["doc_id"] as? String)?.hasSuffix("council.txt") == true)
        XCTAssertEqual(quote(by: "Anna Kim")?["content"] as? String, "the lanes would take away the parking her customers need")
        let mendes = try XCTUnwrap(quote(by: "Carla Mendes"), "the HTML article's quote")
        XCTAssertTrue((mendes["doc_id"] as? String)?.hasSuffix("harbour.html") == true)

        // A quote's source is a row of the sources table, whose chain reads up to the publisher.
        let sourceID = try XCTUnwrap(becker["source_id"] as? String)
        let source = try XCTUnwrap((rows["sources"] ?? []).first {
            $0["doc_id"] as? String == becker["doc_id"] as? String && $0["source_id"] as? String == sourceID
        })
        XCTAssertEqual(source["chain"] as? [String], ["Tom Becker", "Valley Post"])
        XCTAssertEqual(source["depth"] as? Int, 1)
    }

    /// A folder shipped as the analyser: `byline` is a script that runs the real binary, except
    /// that a stream holding a test marker makes it exit 3 or hang, as a poisoned article might.
    /// The job runs byline as a supervisor (`--record-timeout`), which runs its analyser as a
    /// child: the script hands the supervising to the real binary and names itself as that
    /// child ($BYLINE_ANALYSER), so the crash and the hang happen in a real child process.
    /// Each successful run of the real binary as the analyser adds a line to `analysedRecords`
    /// with how many records it analysed.
    private var analysedRecords: URL { folderURL.appendingPathComponent("analysed-records") }

    private func poisonableBinary() throws -> URL {
        let dist = folderURL.appendingPathComponent("dist")
        try FileManager.default.createDirectory(at: dist, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dist.appendingPathComponent("byline-real"),
                                                   withDestinationURL: BylineExecutable.url)
        let script = """
        #!/bin/sh
        case " $* " in
        *" --record-timeout "*) export BYLINE_ANALYSER="$0"; exec "$(dirname "$0")/byline-real" "$@" ;;
        esac
        input=$(mktemp)
        cat > "$input"
        if grep -q BYLINE-TEST-CRASH "$input"; then rm -f "$input"; echo "poisoned" >&2; exit 3; fi
        if grep -q BYLINE-TEST-HANG "$input"; then rm -f "$input"; exec sleep 600; fi
        "$(dirname "$0")/byline-real" "$@" < "$input"
        status=$?
        if [ $status -eq 0 ]; then grep -c . "$input" >> '\(analysedRecords.path)'; fi
        rm -f "$input"
        exit $status

        """
        let wrapper = dist.appendingPathComponent("byline")
        try Data(script.utf8).write(to: wrapper)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        return dist
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let out = folderURL.appendingPathComponent("stdout"), err = folderURL.appendingPathComponent("stderr")
        XCTAssertTrue(FileManager.default.createFile(atPath: out.path, contents: nil))
        XCTAssertTrue(FileManager.default.createFile(atPath: err.path, contents: nil))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8),
                String(decoding: try Data(contentsOf: err).suffix(4000), as: UTF8.self))
    }
}
