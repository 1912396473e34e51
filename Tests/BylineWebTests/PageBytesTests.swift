import BylineCore
import Foundation
import XCTest
@testable import BylineWeb

/// A page's bytes become markup in one place: gzip is inflated however the page arrived,
/// binary data is refused by the text loader's rule, and a saved page is known to read
/// differently offline only when its decoding does.
final class PageBytesTests: XCTestCase {
    private let html = Array(PageFixture.article().utf8)

    func testGzipIsInflatedAndDamagedGzipOrBinaryIsRefused() throws {
        let gz = try gzip(html)
        XCTAssertEqual(try WebPage.pageBytes(gz, path: "p"), html)
        XCTAssertEqual(try WebPage.pageBytes(html, path: "p"), html)
        XCTAssertThrowsError(try WebPage.pageBytes(Array(gz.prefix(12)), path: "p")) {
            XCTAssertEqual($0 as? LoadError, .binary(path: "p"))
        }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)
        XCTAssertThrowsError(try WebPage.pageBytes(png, path: "p")) { XCTAssertEqual($0 as? LoadError, .binary(path: "p")) }
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<html>".utf8).flatMap { [$0, 0] }
        XCTAssertEqual(try WebPage.pageBytes(utf16, path: "p"), utf16)
    }

    func testAGzipPageServedWithoutContentEncodingLoadsAsThePage() throws {
        let article = try WebPage.loadedArticle(try gzip(html), path: "https://news.example/a", contentType: "text/html")
        XCTAssertEqual(article.text, try WebPage.loadedArticle(html, path: "https://news.example/a", contentType: "text/html").text)
        XCTAssertTrue(article.text.contains(PageFixture.paragraphs[0].prefix(30)), article.text)
    }

    func testASavedPageReadsDifferentlyOnlyWhenTheHeaderCharsetChangedItsText() {
        XCTAssertTrue(WebPage.readsAlikeOffline(html, url: "https://news.example/a", contentType: "text/html; charset=utf-8"))
        // "Привет" in windows-1251, named only by the header: read from disk it is windows-1252.
        let privet: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let page = replacing(Array("Привет".utf8), with: privet, in: Array(PageFixture.article(inside: "<p>Привет</p>").utf8))
        XCTAssertFalse(WebPage.readsAlikeOffline(page, url: "https://news.example/a", contentType: "text/html; charset=windows-1251"))
        XCTAssertTrue(WebPage.readsAlikeOffline(page, url: "https://news.example/a", contentType: "text/html; charset=windows-1252"))
    }

    private func replacing(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let at = (0...(bytes.count - old.count)).first(where: { bytes[$0..<($0 + old.count)].elementsEqual(old) }) else {
            XCTFail("no \(old) in the page")
            return bytes
        }
        return Array(bytes[..<at]) + new + Array(bytes[(at + old.count)...])
    }

    /// Compresses with the system's gzip, so the test does not check the inflater against itself.
    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-pagebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("page.html")
        try Data(bytes).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-kf", input.path]
        try process.run()
        process.waitUntilExit()
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: input.path + ".gz")))
    }
}
