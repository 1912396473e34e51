import XCTest
@testable import BylineCore

/// Loading: BOMs, line endings, invalid UTF-8, binary refusal, empty and missing files.
final class ArticleLoaderTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = dir.appendingPathComponent(name)
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(bytes)))
        return url.path
    }

    func testBOMIsDroppedAndCRLFKept() throws {
        let path = write("a.txt", [0xEF, 0xBB, 0xBF] + Array("Title\r\nBody.".utf8))
        let article = try ArticleLoader().load(path)
        XCTAssertEqual(article.text, "Title\r\nBody.")
        XCTAssertEqual(Array(article.text.unicodeScalars).count, 12)
        XCTAssertTrue(article.warnings.isEmpty)
    }

    func testInvalidUTF8IsReplacedWithAWarning() throws {
        let path = write("bad.txt", Array("caf".utf8) + [0xE9] + Array(" ok".utf8))
        let article = try ArticleLoader().load(path)
        XCTAssertEqual(article.text, "caf\u{FFFD} ok")
        XCTAssertEqual(article.warnings.count, 1)
        XCTAssertTrue(article.warnings[0].contains("invalid UTF-8 at byte 3"), article.warnings[0])
    }

    func testBinaryFileIsRefused() {
        let path = write("x.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00])
        XCTAssertThrowsError(try ArticleLoader().load(path)) { error in
            XCTAssertEqual(error as? LoadError, .binary(path: path))
            XCTAssertTrue("\(error)".contains("binary"))
        }
    }

    func testEmptyFileIsAnEmptyDocument() throws {
        let path = write("empty.txt", [])
        let article = try ArticleLoader().load(path)
        XCTAssertEqual(article.text, "")
        let analysis = Analyzer().analyze(article.text, path: path)
        XCTAssertEqual(analysis.document.length, 0)
        XCTAssertNil(analysis.document.title)
        XCTAssertTrue(analysis.entities.isEmpty && analysis.quotes.isEmpty)
    }

    func testMissingFileAndDirectoryAreNamed() {
        let missing = dir.appendingPathComponent("nope.txt").path
        XCTAssertThrowsError(try ArticleLoader().load(missing)) { error in
            XCTAssertEqual(error as? LoadError, .notFound(path: missing))
            XCTAssertEqual("\(error)", "\(missing): no such file")
        }
        XCTAssertThrowsError(try ArticleLoader().load(dir.path)) { error in
            XCTAssertEqual(error as? LoadError, .isDirectory(path: dir.path))
        }
    }

    func testTooLargeIsRefused() {
        let path = write("big.txt", Array(repeating: UInt8(ascii: "a"), count: 2048))
        XCTAssertThrowsError(try ArticleLoader(maxBytes: 1024).load(path)) { error in
            XCTAssertEqual(error as? LoadError, .tooLarge(path: path, limit: 1024))
            XCTAssertEqual("\(error)", "\(path): larger than the 1024 bytes limit; stopped reading")
        }
        XCTAssertEqual(try ArticleLoader(maxBytes: 2048).load(path).text.utf8.count, 2048, "exactly the limit is allowed")
    }

    /// A FIFO whose writer never stops: the loader must give up at the limit instead of
    /// reading forever (a size from seeking means nothing on a FIFO).
    func testEndlessFIFOStopsAtTheLimit() throws {
        let fifo = dir.appendingPathComponent("endless").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "yes 'endless line of text' > \"$0\"", fifo]
        try writer.run()
        defer {
            if writer.isRunning { writer.terminate() }
            writer.waitUntilExit()
        }
        XCTAssertThrowsError(try ArticleLoader(maxBytes: 100_000).load(fifo)) { error in
            XCTAssertEqual(error as? LoadError, .tooLarge(path: fifo, limit: 100_000))
        }
    }

    func testEndlessDeviceStopsAtTheLimit() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/zero"))
        XCTAssertThrowsError(try ArticleLoader(maxBytes: 1_048_576).load("/dev/zero")) { error in
            XCTAssertEqual(error as? LoadError, .tooLarge(path: "/dev/zero", limit: 1_048_576))
            XCTAssertEqual("\(error)", "/dev/zero: larger than the 1 MiB limit; stopped reading")
        }
    }

    /// Files under /proc report a size of 0 yet have content.
    func testProcFileIsReadWhole() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/proc/self/status"))
        let text = try ArticleLoader().load("/proc/self/status").text
        XCTAssertTrue(text.contains("Pid:"), text)
    }

    func testUTF16WithBOMIsDecoded() throws {
        let path = write("u16.txt", [0xFF, 0xFE] + Array("Hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(try ArticleLoader().load(path).text, "Hi")
    }

    func testUTF16LittleEndianWithAnOddByteEndsInAReplacementCharacter() throws {
        let units = Array("Hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try ArticleLoader().load(write("odd-le.txt", [0xFF, 0xFE] + units + [0x21]))
        XCTAssertEqual(article.text, "Hi\u{FFFD}")
        XCTAssertEqual(article.warnings, ["warning: \(dir.appendingPathComponent("odd-le.txt").path): invalid UTF-16; bad sequences replaced with U+FFFD"])
    }

    func testUTF16BigEndianWithAnOddByteEndsInAReplacementCharacter() throws {
        let units = Array("Hé".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let article = try ArticleLoader().load(write("odd-be.txt", [0xFE, 0xFF] + units + [0x00]))
        XCTAssertEqual(article.text, "Hé\u{FFFD}")
        XCTAssertEqual(article.warnings.count, 1)
        XCTAssertTrue(article.warnings[0].contains("invalid UTF-16"), article.warnings[0])
    }

    func testUTF16BOMWithOnlyALoneByteIsOneReplacementCharacter() throws {
        let article = try ArticleLoader().load(write("lone.txt", [0xFF, 0xFE, 0x41]))
        XCTAssertEqual(article.text, "\u{FFFD}")
        XCTAssertEqual(article.warnings.count, 1)
    }

    func testEvenUTF16HasNoWarning() throws {
        let units = Array("Hi".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(try ArticleLoader().load(write("even-be.txt", [0xFE, 0xFF] + units)).warnings, [])
    }
}
