import Foundation
import XCTest

/// `byline analyze` as scripts use it: formats, several files, per-file errors, exit status.
final class AnalyzeCommandTests: TemporaryFolderTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BylineExecutable.url.path),
                      "byline binary not built at \(BylineExecutable.url.path)")
    }

    private func file(_ name: String, _ text: String) -> String {
        let path = folderURL.appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    private func json(_ line: Substring) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func testJSONLGivesOneLinePerFileAndErrorsInPlace() throws {
        let a = file("a.txt", "Headline\nBy Ann Lee\nThe council met. It voted.")
        let bin = folderURL.appendingPathComponent("b.bin").path
        XCTAssertTrue(FileManager.default.createFile(atPath: bin, contents: Data([0, 1, 2, 3, 0, 0])))
        let missing = folderURL.appendingPathComponent("missing.txt").path
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", a, bin, missing])
        XCTAssertEqual(r.status, 1)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        let first = try json(lines[0])
        XCTAssertEqual(first["schema"] as? String, "byline.analysis/1")
        XCTAssertEqual(first["path"] as? String, a)
        let doc = try XCTUnwrap(first["document"] as? [String: Any])
        XCTAssertEqual(doc["title"] as? String, "Headline")
        XCTAssertEqual(doc["byline"] as? [String], ["Ann Lee"])
        XCTAssertEqual(try json(lines[1])["path"] as? String, bin)
        XCTAssertTrue((try json(lines[1])["error"] as? String)?.contains("binary") == true)
        XCTAssertEqual(try json(lines[2])["error"] as? String, "\(missing): no such file")
        XCTAssertTrue(r.stderr.contains("no such file"))
    }

    func testJSONIsOneObjectForOneFileAndAnArrayForSeveral() throws {
        let a = file("a.txt", "One.")
        let b = file("b.txt", "Two.")
        let one = try BylineExecutable.run(["analyze", a])
        XCTAssertEqual(one.status, 0)
        XCTAssertTrue(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) is [String: Any])
        let two = try BylineExecutable.run(["analyze", "--format", "json", a, b])
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.map { $0["path"] as? String }, [a, b])
    }

    func testStandardInputAndInvalidUTF8Warning() throws {
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", "-"], stdin: Data([0x61, 0xFF, 0x62]))
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("byline: warning: -: invalid UTF-8 at byte 1"), r.stderr)
        let doc = try XCTUnwrap(try json(r.stdout.split(separator: "\n")[0])["document"] as? [String: Any])
        XCTAssertEqual(doc["length"] as? Int, 3)
    }

    func testTextFormatSummarisesMetadata() throws {
        let a = file("a.txt", "Big news today\nBy Ann Lee\nSource: Example Wire")
        let r = try BylineExecutable.run(["analyze", "--format", "text", a])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("title:     Big news today"), r.stdout)
        XCTAssertTrue(r.stdout.contains("publisher: Example Wire"), r.stdout)
    }

    func testFoldersExpandToTheirArticles() throws {
        _ = file("1.txt", "First.")
        _ = file("2.md", "Second.")
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", folderURL.path])
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 2)
    }

    /// `yes |` never ends: reading must stop at --max-bytes with one line naming the input,
    /// and the next file is still analysed. `timeout` turns a reader that never stops into a
    /// failure (status 124) instead of a hung test.
    func testEndlessStandardInputStopsAtTheLimit() throws {
        let a = file("a.txt", "Headline\n\nThe council met.")
        let r = try BylineExecutable.runShell(
            "yes | timeout 60 \(BylineExecutable.shellQuoted) analyze --format jsonl --max-bytes 100000 - '\(a)'")
        XCTAssertEqual(r.status, 1, "status 124: it never stopped reading; stderr: \(r.stderr)")
        XCTAssertEqual(r.stderr, "byline: -: larger than the 100000 bytes limit; stopped reading\n")
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, r.stdout)
        XCTAssertEqual(try json(lines[0])["error"] as? String, "-: larger than the 100000 bytes limit; stopped reading")
        XCTAssertEqual(try json(lines[1])["path"] as? String, a)
    }

    func testEndlessDeviceStopsAtTheLimit() throws {
        let r = try BylineExecutable.runShell(
            "timeout 60 \(BylineExecutable.shellQuoted) analyze --format text --max-bytes 1048576 /dev/zero")
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(r.stderr, "byline: /dev/zero: larger than the 1 MiB limit; stopped reading\n")
        XCTAssertEqual(r.stdout, "")
    }

    func testMaxBytesMustBePositive() throws {
        let r = try BylineExecutable.run(["analyze", "--max-bytes", "0", "-"], stdin: Data("x".utf8))
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("--max-bytes"), r.stderr)
    }

    func testBadFormatIsAUsageError() throws {
        let r = try BylineExecutable.run(["analyze", "--format", "xml", "x.txt"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("xml"), r.stderr)
    }
}
