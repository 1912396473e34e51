import Foundation
import XCTest

/// `byline analyze --input jsonl --record-timeout S` (the analysis in a supervised child, so
/// that a record that crashes or hangs it becomes an error line) and `--table-rows` (the rows
/// of the Spark integration's tables instead of the analysis).
final class SupervisedRecordsTests: TemporaryFolderTestCase {
    private func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private let article = "Council approves bus lanes\nBy Maria Lopez\n\n“This will cut travel times,” said Mayor Tom Becker. The plan was drafted by the transit agency, Becker said."

    private func records(_ objects: [[String: Any]]) throws -> Data {
        var input = Data()
        for object in objects { input += try JSONSerialization.data(withJSONObject: object) + Data("\n".utf8) }
        return input
    }

    func testSupervisedAnalysisWritesWhatTheAnalysisWritesAlone() throws {
        var input = try records([["id": "a1", "text": article, "source": "wire"], ["id": 42, "title": "no text"]])
        input += Data("not json\n\n".utf8)
        input += try records([["id": "big", "text": String(repeating: "word ", count: 400)], ["id": "last", "text": "The mayor said the plan works."]])
        for rows in [[], ["--table-rows"]] {
            let options = ["analyze", "--input", "jsonl", "--max-record-bytes", "1K"] + rows
            let alone = try BylineExecutable.run(options + ["-"], stdin: input)
            let supervised = try BylineExecutable.run(options + ["--record-timeout", "60", "-"], stdin: input)
            XCTAssertEqual(supervised.status, 0, supervised.stderr)
            XCTAssertEqual(supervised.stdout, alone.stdout, "\(rows)")
            XCTAssertEqual(try objects(supervised.stdout).count, 5)
        }
    }

    func testARecordThatCrashesOrHangsTheAnalyserBecomesAnErrorAndTheStreamGoesOn() throws {
        // An analyser that answers each record with the record itself, except that a marker
        // makes it exit 3 or hang, as a poisoned article might make byline do.
        let analyser = folderURL.appendingPathComponent("analyser")
        try Data("""
        #!/bin/sh
        while IFS= read -r line; do
          case "$line" in
          *CRASH*) echo "poisoned" >&2; exit 3 ;;
          *HANG*) echo $$ > "$0.pid"; exec sleep 600 ;;
          esac
          printf '%s\\n' "$line"
        done

        """.utf8).write(to: analyser)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: analyser.path)
        let input = folderURL.appendingPathComponent("records.jsonl")
        try records([["id": "a", "text": "one"], ["id": "crash", "text": "CRASH"], ["id": "b", "text": "two"],
                     ["id": "hang", "text": "HANG"], ["id": "c", "text": "three"]]).write(to: input)

        let started = Date()
        func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let r = try BylineExecutable.runShell("BYLINE_ANALYSER=\(quoted(analyser.path)) \(BylineExecutable.shellQuoted) "
            + "analyze --input jsonl --record-timeout 2 \(quoted(input.path))")
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = try objects(r.stdout)
        XCTAssertEqual(out.map { $0["id"] as? String }, ["a", "crash", "b", "hang", "c"])
        XCTAssertEqual(out.map { $0["text"] as? String }, ["one", nil, "two", nil, "three"])
        XCTAssertEqual(out[1]["error"] as? String, "the analyser exited with status 3: poisoned")
        XCTAssertEqual(out[3]["error"] as? String, "the analyser timed out after 2 s")
        XCTAssertTrue(r.stderr.contains("byline: record \"hang\": the analyser timed out"), r.stderr)
        // The hang costs the timeout twice (in the stream, then alone), not the sleep.
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
        // The hung analyser was killed.
        let pid = try XCTUnwrap(pid_t(String(contentsOf: URL(fileURLWithPath: analyser.path + ".pid"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(kill(pid, 0), -1)
    }

    func testTableRowsHoldTheTablesColumnsWithChainsAndCounts() throws {
        let input = try records([["id": "a1", "text": article], ["id": "p", "html": "<p>x", "url": "https://example.org/p"], ["id": 7]])
        let full = try objects(try BylineExecutable.run(["analyze", "--input", "jsonl", "-"], stdin: input).stdout)
        let r = try BylineExecutable.run(["analyze", "--input", "jsonl", "--table-rows", "-"], stdin: input)
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try objects(r.stdout)
        XCTAssertEqual(rows.count, 3)
        let document = try XCTUnwrap(rows[0]["document"] as? [String: Any])
        XCTAssertEqual(document["words"] as? Int, article.split(whereSeparator: \.isWhitespace).count)
        XCTAssertEqual(document["sha256"] as? String, (full[0]["document"] as? [String: Any])?["id"] as? String)
        for table in ["entities", "quotes", "sources", "claims"] {
            XCTAssertEqual(document[table] as? Int, (full[0][table] as? [Any])?.count, table)
            XCTAssertEqual((rows[0][table] as? [Any])?.count, (full[0][table] as? [Any])?.count, table)
        }
        let quote = try XCTUnwrap((rows[0]["quotes"] as? [[String: Any]])?.first { $0["speaker"] as? String == "Tom Becker" })
        XCTAssertEqual(quote["content"] as? String, "“This will cut travel times,”")
        XCTAssertEqual(quote["cue"] as? String, "said")
        let source = try XCTUnwrap((rows[0]["sources"] as? [[String: Any]])?.first { $0["source_id"] as? String == quote["source_id"] as? String })
        let chain = try XCTUnwrap(source["chain"] as? [String])
        XCTAssertEqual(chain.first, "Tom Becker")
        XCTAssertEqual(source["depth"] as? Int, chain.count - 1)
        XCTAssertEqual(((rows[1]["document"] as? [String: Any])?["format"]) as? String, "html")
        XCTAssertTrue((rows[1]["document"] as? [String: Any])?["words"] is NSNull, "no word count for a page")
        XCTAssertEqual(rows[2]["id"] as? Int, 7)
        XCTAssertNotNil(rows[2]["error"] as? String)
    }

    func testTableRowsCountWordsAsPythonSplitsThem() throws {
        // Separators Python's str.split() knows: ASCII white space with \u{1C}–\u{1F}, and
        // Unicode's (a no-break space, an em space); "a\u{200B}b" is one word to it.
        let text = "One\ttwo\u{0B}three\u{1F}four\u{00A0}five\u{2003}six a\u{200B}b  said\r\nthe mayor."
        let r = try BylineExecutable.run(["analyze", "--input", "jsonl", "--table-rows", "-"],
                                         stdin: try records([["id": "w", "text": text]]))
        XCTAssertEqual(r.status, 0, r.stderr)
        let document = try XCTUnwrap(try objects(r.stdout).first?["document"] as? [String: Any])
        XCTAssertEqual(document["words"] as? Int, 10)
    }

    func testRecordOptionsAreRefusedForFiles() throws {
        let r = try BylineExecutable.run(["analyze", "--record-timeout", "5", "x.txt"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("are for --input jsonl"), r.stderr)
    }
}
