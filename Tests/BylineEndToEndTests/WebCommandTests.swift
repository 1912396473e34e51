import Foundation
import XCTest

/// URLs on the command line, against the local test server: `analyze URL`, a batch where some
/// addresses fail (one line each, exit status 1, the rest still analysed), `--offline`,
/// `byline fetch -o`, and annotations made on a URL found again on the saved page.
final class WebCommandTests: TemporaryFolderTestCase {
    private var server: LocalWebServer!

    override func setUpWithError() throws {
        try super.setUpWithError()
        server = try .started(for: self)
    }

    private func json(_ text: Substring) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testAnalyzeAURLGivesTheArticle() throws {
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", "--include-text", server.url("/article")])
        XCTAssertEqual(r.status, 0, r.stderr)
        let line = try json(try XCTUnwrap(r.stdout.split(separator: "\n").first))
        XCTAssertEqual(line["path"] as? String, server.url("/article"))
        let text = try XCTUnwrap((line["document"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(text.contains("four hundred commuters a day"), text)
    }

    func testABatchReportsEachFailingAddressOnOneLineAndGoesOn() throws {
        let notes = folderURL.appendingPathComponent("notes.txt").path
        try "Notes\n\nThe council met on Tuesday.".write(toFile: notes, atomically: true, encoding: .utf8)
        let closed = try PageFetcherTests.closedPort()
        let inputs = [
            server.url("/status/404"), server.url("/article"), server.url("/status/500"),
            "http://127.0.0.1:\(closed)/a", server.url("/slow"), server.url("/loop/a"), server.url("/image.png"),
            server.url("/binary-as-html"), server.url("/huge"), server.url("/gzip"), server.url("/gzip-unlabelled"), notes,
        ]
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", "--timeout", "1", "--max-page-size", "1M"] + inputs)
        XCTAssertEqual(r.status, 1)
        let expected = [
            "byline: \(server.url("/status/404")): HTTP 404 Not Found",
            "byline: \(server.url("/status/500")): HTTP 500 Internal Server Error",
            "byline: http://127.0.0.1:\(closed)/a: connection refused",
            "byline: \(server.url("/slow")): no answer within 1 s (timed out)",
            "byline: \(server.url("/loop/a")): redirect loop (back to \(server.url("/loop/a")))",
            "byline: \(server.url("/image.png")): not a web page (image/png)",
            "byline: \(server.url("/binary-as-html")): looks like a binary file, not text; refusing to analyse it",
            "byline: \(server.url("/huge")): page larger than the 1 MiB limit; not read",
        ]
        XCTAssertEqual(r.stderr.split(separator: "\n").map(String.init), expected)
        let lines = try r.stdout.split(separator: "\n").map(json)
        XCTAssertEqual(lines.count, inputs.count)
        XCTAssertEqual(lines.map { $0["path"] as? String }, inputs)
        let analysed = lines.filter { $0["error"] == nil }.compactMap { $0["path"] as? String }
        XCTAssertEqual(analysed, [server.url("/article"), server.url("/gzip"), server.url("/gzip-unlabelled"), notes])
        let texts = lines.filter { $0["error"] == nil }.map { ($0["document"] as? [String: Any])?["text"] as? String }
        XCTAssertEqual(texts[1], texts[0], "gzip, labelled or not, gives the page's own article")
        XCTAssertEqual(texts[2], texts[0], "gzip, labelled or not, gives the page's own article")
    }

    func testOfflineRefusesURLsButReadsFiles() throws {
        let notes = folderURL.appendingPathComponent("notes.txt").path
        try "Notes\n\nThe council met.".write(toFile: notes, atomically: true, encoding: .utf8)
        let r = try BylineExecutable.run(["analyze", "--offline", "--format", "jsonl", server.url("/article"), notes])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "byline: \(server.url("/article")): not fetched: --offline forbids network access\n")
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 2)
        let read = try BylineExecutable.run(["--offline", server.url("/article")])
        XCTAssertEqual(read.status, 1)
        XCTAssertTrue(read.stderr.contains("--offline forbids network access"), read.stderr)
    }

    func testFetchSavesTheBytesExactly() throws {
        let saved = folderURL.appendingPathComponent("page.html").path
        let r = try BylineExecutable.run(["fetch", server.url("/redirect/2"), "-o", saved])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("(from \(server.url("/article")))"), r.stderr)
        let stdout = try BylineExecutable.run(["fetch", server.url("/gzip")])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: saved)), Data(stdout.stdout.utf8))
        XCTAssertTrue(stdout.stdout.contains("<link rel=\"canonical\" href=\"\(server.url("/article"))\">"))
        let failed = try BylineExecutable.run(["fetch", server.url("/status/404"), "-o", folderURL.appendingPathComponent("x.html").path])
        XCTAssertEqual(failed.status, 1)
        XCTAssertEqual(failed.stderr, "byline: \(server.url("/status/404")): HTTP 404 Not Found\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folderURL.appendingPathComponent("x.html").path))
        let binary = try BylineExecutable.run(["fetch", server.url("/binary-as-html"), "-o", folderURL.appendingPathComponent("b.html").path])
        XCTAssertEqual(binary.status, 1)
        XCTAssertTrue(binary.stderr.contains("looks like a binary file"), binary.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folderURL.appendingPathComponent("b.html").path))
    }

    func testAnAnnotationMadeOnTheURLIsThereOnTheSavedPageOffline() throws {
        let store = folderURL.appendingPathComponent("annotations.sqlite").path
        let add = try BylineExecutable.run(["annotations", "add", "--store", store, server.url("/article"),
                                            "--quote", "four hundred commuters a day", "--verdict", "unverifiable",
                                            "--note", "no ridership study"])
        XCTAssertEqual(add.status, 0, add.stderr)
        let saved = folderURL.appendingPathComponent("ferry.html").path
        XCTAssertEqual(try BylineExecutable.run(["fetch", server.url("/article"), "-o", saved]).status, 0)
        server.stop()
        server = nil
        let list = try BylineExecutable.run(["annotations", "list", "--store", store, "--offline", saved])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("(position)  unverifiable  \"four hundred commuters a day\"  — no ridership study"),
                      list.stdout)
    }

    func testFetchWarnsWhenOnlyTheHTTPHeaderNamesTheCharset() throws {
        let saved = folderURL.appendingPathComponent("greek.html").path
        let greek = try BylineExecutable.run(["fetch", server.url("/greek"), "-o", saved])
        XCTAssertEqual(greek.status, 0, greek.stderr)
        XCTAssertTrue(greek.stderr.contains("byline: warning: \(saved): the page names its character set only in the HTTP header"),
                      greek.stderr)
        let online = try BylineExecutable.run(["analyze", "--format", "jsonl", "--include-text", server.url("/greek")])
        XCTAssertTrue(online.stdout.contains("Νέα γραμμή πορθμείου"), online.stdout)
        let plain = try BylineExecutable.run(["fetch", server.url("/article"), "-o", folderURL.appendingPathComponent("a.html").path])
        XCTAssertFalse(plain.stderr.contains("warning"), plain.stderr)
    }

    func testHelpExplainsURLsAndOffline() throws {
        for command in [["--help"], ["analyze", "--help"], ["fetch", "--help"], ["read", "--help"]] {
            let help = try BylineExecutable.run(command).stdout
            XCTAssertTrue(help.contains("URL"), "\(command): \(help)")
            XCTAssertTrue(help.contains("--offline"), "\(command): \(help)")
        }
    }
}
