import XCTest
@testable import BylineWeb

/// Pages in the character sets the web still serves come out as the same text.
final class CharsetDecoderTests: XCTestCase {
    private func page(_ head: String, _ body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    private func text(_ bytes: [UInt8], contentType: String? = nil) -> String {
        String(decoding: CharsetDecoder.decode(bytes, contentType: contentType).utf8, as: UTF8.self)
    }

    func testMetaCharsetAndHTTPEquivDeclarations() {
        // "café €" in windows-1252, declared as ISO-8859-1 (which the web reads as windows-1252).
        let cafe: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x80]
        XCTAssertTrue(text(page("<meta charset=\"iso-8859-1\">", cafe)).contains("café €"))
        XCTAssertTrue(text(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", cafe)).contains("café €"))
        // "Привет" in windows-1251.
        let privet: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        XCTAssertTrue(text(page("<META CHARSET=windows-1251>", privet)).contains("Привет"))
        // "Łódź" in ISO-8859-2.
        XCTAssertTrue(text(page("<meta charset='iso-8859-2'>", [0xA3, 0xF3, 0x64, 0xBC])).contains("Łódź"))
    }

    func testEastAsianCharsets() {
        XCTAssertTrue(text(page("<meta charset=shift_jis>", [0x93, 0xFA, 0x96, 0x7B])).contains("日本"))
        XCTAssertTrue(text(page("<meta charset=gb2312>", [0xD6, 0xD0, 0xCE, 0xC4])).contains("中文"))
        XCTAssertTrue(text(page("<meta charset=GB18030>", [0xD6, 0xD0, 0xCE, 0xC4])).contains("中文"))
        XCTAssertTrue(text(page("<meta charset=euc-kr>", [0xC7, 0xD1, 0xB1, 0xB9])).contains("한국"))
    }

    func testHTTPHeaderWinsOverThePageAndBOMWinsOverBoth() {
        let bytes = page("<meta charset=windows-1252>", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2])
        XCTAssertTrue(text(bytes, contentType: "text/html; charset=\"windows-1251\"").contains("Привет"))
        let bom = [0xEF, 0xBB, 0xBF] + page("<meta charset=windows-1252>", Array("naïve".utf8))
        let result = CharsetDecoder.decode(bom, contentType: "text/html; charset=iso-8859-1")
        XCTAssertEqual(result.charset, "UTF-8")
        XCTAssertTrue(String(decoding: result.utf8, as: UTF8.self).contains("naïve"))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "<p>naïve</p>".utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        XCTAssertEqual(text(utf16), "<p>naïve</p>")
    }

    func testMislabelledPagesAreReadAsWhatTheyAre() {
        // UTF-8 bytes labelled Latin-1: valid multi-byte UTF-8 is read as UTF-8.
        let labelledLatin = CharsetDecoder.decode(page("<meta charset=iso-8859-1>", Array("naïve café".utf8)))
        XCTAssertTrue(String(decoding: labelledLatin.utf8, as: UTF8.self).contains("naïve café"))
        XCTAssertFalse(labelledLatin.warnings.isEmpty)
        // windows-1252 bytes labelled UTF-8: read as windows-1252, with a warning.
        let labelledUTF8 = CharsetDecoder.decode(page("<meta charset=utf-8>", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94]))
        XCTAssertTrue(String(decoding: labelledUTF8.utf8, as: UTF8.self).contains("café “ok”"))
        XCTAssertTrue(labelledUTF8.warnings.contains { $0.contains("windows-1252") })
        // No label: valid UTF-8 stays UTF-8, anything else is windows-1252.
        XCTAssertTrue(text(page("", Array("Zürich".utf8))).contains("Zürich"))
        XCTAssertTrue(text(page("", [0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68])).contains("Zürich"))
    }

    func testUnknownCharsetFallsBackWithAWarning() {
        let result = CharsetDecoder.decode(page("<meta charset=x-klingon>", Array("plain".utf8)))
        XCTAssertTrue(String(decoding: result.utf8, as: UTF8.self).contains("plain"))
        XCTAssertTrue(result.warnings.contains { $0.contains("x-klingon") || $0.contains("X-KLINGON") })
    }

    func testExtractionDecodesThePageCharsetEndToEnd() {
        let bytes = Array("<html><head><meta charset=windows-1251><title>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
            + Array("</title></head><body><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array(", world.</p></body></html>".utf8)
        let article = WebPage.extract(bytes)
        XCTAssertEqual(article.metadata.title, "Привет")
        XCTAssertEqual(article.text, "Привет, world.")
    }
}
