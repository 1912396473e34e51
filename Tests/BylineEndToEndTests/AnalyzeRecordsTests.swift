import Foundation
import XCTest

/// `byline analyze --input jsonl` and `--jobs`: the record-stream contract (one line out per
/// record, in order, with its id and meta, bad records as errors) and parallel output that
/// is byte for byte the sequential one.
final class AnalyzeRecordsTests: TemporaryFolderTestCase {
    private func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private let article = "Council approves bus lanes\nBy Maria Lopez\n\n“This will cut travel times,” said Mayor Tom Becker."

    func testEachRecordGivesOneLineWithItsIdAndMetaAndBadRecordsGiveErrors() throws {
        var input = Data()
        func line(_ object: [String: Any]) throws { input += try JSONSerialization.data(withJSONObject: object) + Data("\n".utf8) }
        try line(["id": "a1", "text": article, "source": "wire", "rank": 3])
        input += Data("this is not json\n".utf8)
        try line(["id": 42, "title": "no text"])
        input += Data("\n".utf8)
        input += Data(#"{"id": "bad-utf8", "text": "caf"#.utf8) + Data([0xE9]) + Data("\"}\n".utf8)
        try line(["id": "big", "text": String(repeating: "word ", count: 400)])
        try line(["id": "page", "url": "https://example.org/news/1",
                  "html": "<html><head><title>Ferry back</title></head><body><article><p>The ferry returned on Sunday after the storm, the operator said.</p><p>“We checked every vessel,” said Carla Mendes.</p></article></body></html>"])
        try line(["id": "last", "text": "The mayor said the plan works."])

        for jobs in ["1", "2"] {
            let r = try BylineExecutable.run(["analyze", "--input", "jsonl", "--jobs", jobs, "--max-record-bytes", "1K", "-"], stdin: input)
            XCTAssertEqual(r.status, 0, r.stderr)
            let out = try objects(r.stdout)
            XCTAssertEqual(out.count, 7, "one line per record, blank lines skipped")
            XCTAssertEqual(out[0]["id"] as? String, "a1")
            XCTAssertEqual(out[0]["schema"] as? String, "byline.analysis/1")
            let meta = try XCTUnwrap(out[0]["meta"] as? [String: Any])
            XCTAssertEqual(meta.count, 2)
            XCTAssertEqual(meta["source"] as? String, "wire")
            XCTAssertEqual(meta["rank"] as? Int, 3)
            let quotes = try XCTUnwrap(out[0]["quotes"] as? [[String: Any]])
            XCTAssertEqual((quotes.first?["speaker"] as? [String: Any])?["name"] as? String, "Tom Becker")
            XCTAssertTrue(out[1]["id"] is NSNull)
            XCTAssertEqual(out[1]["error"] as? String, "not JSON")
            XCTAssertEqual(out[2]["id"] as? Int, 42)
            XCTAssertEqual(out[2]["error"] as? String, "no \"text\" or \"html\" string in the record")
            XCTAssertEqual(out[3]["id"] as? String, "bad-utf8")
            XCTAssertTrue((out[3]["error"] as? String)?.hasPrefix("invalid UTF-8") == true)
            XCTAssertEqual(out[4]["id"] as? String, "big")
            XCTAssertTrue((out[4]["error"] as? String)?.hasPrefix("record too large") == true)
            XCTAssertEqual(out[5]["id"] as? String, "page")
            XCTAssertEqual(out[5]["path"] as? String, "https://example.org/news/1")
            XCTAssertEqual((out[5]["document"] as? [String: Any])?["format"] as? String, "html")
            let pageQuotes = try XCTUnwrap(out[5]["quotes"] as? [[String: Any]])
            XCTAssertTrue(pageQuotes.contains { ($0["speaker"] as? [String: Any])?["name"] as? String == "Carla Mendes" })
            XCTAssertEqual(out[6]["id"] as? String, "last")
            XCTAssertNil(out[6]["error"])
            XCTAssertTrue(r.stderr.contains("byline: record 42: no \"text\""))
        }
    }

    func testRecordsFromSeveralFilesKeepTheirOrderAndAMissingFileFails() throws {
        let a = folderURL.appendingPathComponent("a.jsonl"), b = folderURL.appendingPathComponent("b.jsonl")
        try Data((0..<5).map { "{\"id\": \($0), \"text\": \"Story \($0). The mayor said it works.\"}\n" }.joined().utf8).write(to: a)
        try Data("{\"id\": 5, \"text\": \"Story 5.\"}".utf8).write(to: b)
        let r = try BylineExecutable.run(["analyze", "--input", "jsonl", "--jobs", "2", a.path, b.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try objects(r.stdout).map { $0["id"] as? Int }, [0, 1, 2, 3, 4, 5], "the last line needs no newline")
        let missing = try BylineExecutable.run(["analyze", "--input", "jsonl", folderURL.appendingPathComponent("none.jsonl").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("none.jsonl: no such file"), missing.stderr)
    }

    func testJobsGiveTheSequentialOutputInInputOrder() throws {
        var paths: [String] = []
        for i in 0..<12 {
            let path = folderURL.appendingPathComponent(String(format: "%02d.txt", i)).path
            // Uneven lengths, so that workers finish out of order.
            let body = String(repeating: "The council met again, officials said. ", count: (i % 4) * 150 + 1)
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("Story \(i)\n\n\(body)“It works,” said Ann Lee.".utf8)))
            paths.append(path)
        }
        let missing = folderURL.appendingPathComponent("missing.txt").path
        for format in ["jsonl", "json", "text"] {
            let one = try BylineExecutable.run(["analyze", "--format", format, "--jobs", "1"] + paths + [missing])
            let two = try BylineExecutable.run(["analyze", "--format", format, "--jobs", "2"] + paths + [missing])
            XCTAssertEqual(one.status, 1)
            XCTAssertEqual(two.status, 1)
            XCTAssertEqual(two.stdout, one.stdout, format)
            XCTAssertFalse(one.stdout.isEmpty)
        }
        let lines = try objects(try BylineExecutable.run(["analyze", "--format", "jsonl", "--jobs", "3"] + paths).stdout)
        XCTAssertEqual(lines.map { $0["path"] as? String }, paths)
    }

    func testZeroJobsAndTextRecordsAreRefused() throws {
        let zero = try BylineExecutable.run(["analyze", "--jobs", "0", "x.txt"])
        XCTAssertNotEqual(zero.status, 0)
        XCTAssertTrue(zero.stderr.contains("--jobs must be at least 1"), zero.stderr)
        let text = try BylineExecutable.run(["analyze", "--input", "jsonl", "--format", "text", "-"], stdin: Data())
        XCTAssertNotEqual(text.status, 0)
        XCTAssertTrue(text.stderr.contains("--format text is for files"), text.stderr)
    }
}
