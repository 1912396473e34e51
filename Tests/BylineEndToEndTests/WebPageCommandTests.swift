import Foundation
import XCTest

/// `byline analyze` on web pages: files, folders and standard input give the article's text
/// and the page's metadata, never the markup.
final class WebPageCommandTests: TemporaryFolderTestCase {
    static let page = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="windows-1252"><title>Council passes budget | Daily Gazette</title>
    <meta property="og:site_name" content="Daily Gazette"><meta name="author" content="Jane Roe">
    <link rel="canonical" href="https://gazette.example/budget"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Council passes budget</h1>
    <p>The city council approved the new budget on Tuesday, after a debate that lasted, by most accounts, well into the night.</p>
    <p>\u{201C}We had to make choices,\u{201D} the mayor said, adding that the council would review the cuts, line by line, next spring.</p>
    </article><footer>All rights reserved.</footer></body></html>
    """

    /// The page in windows-1252, as an old site would serve it (curly quotes are 0x93/0x94).
    static var pageBytes: Data {
        Data(page.unicodeScalars.map { s -> UInt8 in
            switch s { case "\u{201C}": return 0x93; case "\u{201D}": return 0x94; default: return UInt8(s.value) }
        })
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BylineExecutable.url.path))
    }

    private func document(_ line: Substring) throws -> [String: Any] {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return try XCTUnwrap(object["document"] as? [String: Any])
    }

    private func checkArticle(_ doc: [String: Any]) {
        let text = doc["text"] as? String ?? ""
        XCTAssertTrue(text.hasPrefix("The city council approved"), text)
        XCTAssertTrue(text.contains("\u{201C}We had to make choices,\u{201D} the mayor said"), text)
        XCTAssertFalse(text.contains("<"), text)
        XCTAssertFalse(text.contains("Home"), text)
        XCTAssertEqual(doc["length"] as? Int, text.unicodeScalars.count)
        XCTAssertEqual(doc["title"] as? String, "Council passes budget")
        XCTAssertEqual(doc["byline"] as? [String], ["Jane Roe"])
        XCTAssertEqual(doc["publisher"] as? String, "Daily Gazette")
        XCTAssertEqual(doc["format"] as? String, "html")
        XCTAssertEqual(doc["url"] as? String, "https://gazette.example/budget")
        XCTAssertEqual(doc["language"] as? String, "en")
    }

    func testAnalyzeAPageFileGivesTheArticleTextAndMetadataWithoutIncludeText() throws {
        let path = folderURL.appendingPathComponent("page.html").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Self.pageBytes))
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        checkArticle(try document(try XCTUnwrap(r.stdout.split(separator: "\n").first)))
        XCTAssertTrue(r.stdout.contains(#""kind":"publisher""#), r.stdout)
    }

    func testStandardInputIsSniffedAsHTML() throws {
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", "-"], stdin: Self.pageBytes)
        XCTAssertEqual(r.status, 0, r.stderr)
        checkArticle(try document(try XCTUnwrap(r.stdout.split(separator: "\n").first)))
        let text = try BylineExecutable.run(["analyze", "--format", "jsonl", "-"], stdin: Data("<b>not a page</b> at all".utf8))
        XCTAssertEqual(try document(try XCTUnwrap(text.stdout.split(separator: "\n").first))["format"] as? String, "text")
    }

    func testFoldersIncludeSavedPages() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: folderURL.appendingPathComponent("a.htm").path, contents: Self.pageBytes))
        XCTAssertTrue(FileManager.default.createFile(atPath: folderURL.appendingPathComponent("b.txt").path, contents: Data("Plain text.".utf8)))
        XCTAssertTrue(FileManager.default.createFile(atPath: folderURL.appendingPathComponent("c.png").path, contents: Data([0x89, 0x50, 0, 0])))
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", folderURL.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(try document(lines[0])["format"] as? String, "html")
        XCTAssertEqual(try document(lines[1])["format"] as? String, "text")
    }

    func testBinaryNamedHTMLIsRefusedInPlace() throws {
        let path = folderURL.appendingPathComponent("image.html").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3])))
        let r = try BylineExecutable.run(["analyze", "--format", "jsonl", path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("binary"), r.stdout)
    }
}
