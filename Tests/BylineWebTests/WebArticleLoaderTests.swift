import Foundation
import XCTest
@testable import BylineWeb

/// Files become articles by name or content; compressed pages are inflated; binary data
/// served as HTML is refused like any binary file.
final class WebArticleLoaderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = folder.appendingPathComponent(name)
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(bytes)))
        return url.path
    }

    func testHTMLFileByNameAndByContent() throws {
        let html = Array(PageFixture.article().utf8)
        for name in ["page.html", "page.HTM", "saved-page.txt"] {
            let article = try WebArticleLoader.loader().load(write(name, html))
            XCTAssertEqual(article.format, .html, name)
            XCTAssertEqual(article.text.split(separator: "\n").map(String.init), PageFixture.paragraphs, name)
            XCTAssertEqual(article.metadata?.title, "Council passes budget", name)
        }
    }

    func testPlainTextStaysPlainText() throws {
        let article = try WebArticleLoader.loader().load(write("a.txt", Array("The <html> element.\nSecond line.".utf8)))
        XCTAssertEqual(article.format, .text)
        XCTAssertNil(article.metadata)
        XCTAssertEqual(article.text, "The <html> element.\nSecond line.")
    }

    func testGzipCompressedPage() throws {
        let gz = try gzip(Array(PageFixture.article().utf8))
        let article = try WebArticleLoader.loader().load(write("page.html.gz", gz))
        XCTAssertEqual(article.format, .html)
        XCTAssertEqual(article.text.split(separator: "\n").first.map(String.init), PageFixture.paragraphs[0])
        XCTAssertThrowsError(try WebArticleLoader.loader().load(write("broken.html.gz", Array(gz.prefix(12)))))
    }

    func testInflatingStopsAtItsLimit() throws {
        let gz = try gzip(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
        XCTAssertEqual(Gzip.inflate(gz)?.count, 1_000_000)
        XCTAssertNil(Gzip.inflate(gz, limit: 100_000))
        XCTAssertNil(Gzip.inflate(Array("not gzip at all".utf8)))
    }

    func testBinaryServedAsHTMLIsRefused() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 64)
        XCTAssertThrowsError(try WebArticleLoader.loader().load(write("image.html", png))) { error in
            XCTAssertEqual(error as? LoadError, .binary(path: self.folder.appendingPathComponent("image.html").path))
        }
        XCTAssertThrowsError(try WebPage.loadedArticle(png, path: "x", contentType: "text/html"))
    }

    /// Compresses with the system's gzip, so the test does not check the inflater against itself.
    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let input = write("plain.html", bytes)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-kf", input]
        try process.run()
        process.waitUntilExit()
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: input + ".gz")))
    }
}
