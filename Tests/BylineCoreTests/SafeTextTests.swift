import BylineCore
import XCTest

/// Printed outputs share the reader's scalar rule: an article, a note or a file name printed by
/// byline cannot set the title, write the clipboard, clear the screen or reorder text.
final class SafeTextTests: XCTestCase {
    /// The sequences a hostile article or annotation carries.
    static let hostile = "Title \u{1B}]2;pwned\u{7} clip \u{1B}]52;c;cHduZWQ=\u{1B}\\ clear \u{1B}[2J csi \u{9B}31m bidi abc\u{202E}fed \u{2066}x\u{2069} nel\u{85}end"

    /// True when `text` holds no scalar a terminal acts on: C0 controls but newline and tab,
    /// DEL, C1 controls, bidi embeddings, overrides and isolates.
    static func isInert(_ text: String, allowNewlines: Bool = true) -> Bool {
        !text.unicodeScalars.contains { s in
            let v = s.value
            if v == 0x0A || v == 0x09 { return !allowNewlines }
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C
        }
    }

    func testControlSequencesBecomePicturesAndBidiControlsVanish() {
        let safe = SafeText.line(Self.hostile)
        XCTAssertFalse(Self.isInert(Self.hostile))
        XCTAssertTrue(Self.isInert(safe, allowNewlines: false), safe)
        XCTAssertEqual(safe, "Title ␛]2;pwned␇ clip ␛]52;c;cHduZWQ=␛\\ clear ␛[2J csi \u{FFFD}31m bidi abcfed x nel end")
    }

    func testPlainTextIsUnchanged() {
        let plain = "Café owners said “it is fully funded” — 北京, naïve, 😀."
        XCTAssertEqual(SafeText.line(plain), plain)
        XCTAssertEqual(SafeText.lines(plain), plain)
        XCTAssertTrue(SafeText.isPlain(plain))
        XCTAssertFalse(SafeText.isPlain("a\u{1B}b"))
    }

    func testLinesKeepsNewlinesButNotCarriageReturns() {
        XCTAssertEqual(SafeText.lines("one\r\ntwo\rthree\u{2028}four\tfive\n"), "one\ntwo\nthree\nfour\tfive\n")
        XCTAssertEqual(SafeText.line("one\r\ntwo\nthree\tfour"), "one  two three four")
    }

    func testEchoCutsLongValues() {
        let huge = String(repeating: "x", count: 1_000_000)
        let echoed = SafeText.echo(huge)
        XCTAssertEqual(echoed.unicodeScalars.count, SafeText.echoLength)
        XCTAssertTrue(echoed.hasSuffix("…"))
        XCTAssertEqual(SafeText.echo("short"), "short")
        XCTAssertEqual(SafeText.line("abcdef", limit: 4), "abc…")
        XCTAssertEqual(SafeText.line("abcd", limit: 4), "abcd")
    }

    func testCombiningMarksAreBoundedPerBase() {
        let zalgo = "a" + String(repeating: "\u{0301}", count: 50) + "b"
        XCTAssertEqual(SafeText.line(zalgo).unicodeScalars.count, 2 + Glyph.maxMarksPerBase)
    }

    func testTextReportOfAHostileArticleIsInert() {
        let article = "\(Self.hostile)\n\nThe mayor \u{1B}]2;mayor\u{7}Jo Lind said “the wall \u{1B}[2J will \u{9B}1;1H protect \u{202E}homes”, according to \u{1B}]52;c;eA==\u{7}officials.\n"
        let report = TextReport.render(Analyzer().analyze(article, path: "hostile\u{1B}]2;path\u{7}.txt"))
        XCTAssertTrue(Self.isInert(report), report)
        XCTAssertTrue(report.contains("hostile␛]2;path␇.txt"), report)
        XCTAssertTrue(report.contains("title:     Title ␛]2;pwned␇"), report)
    }
}

extension SafeTextTests {
    func testLoadErrorEchoesAFileNameHarmlessAndShort() {
        let name = "\u{1B}]2;pwned\u{7}" + String(repeating: "n", count: 5_000) + ".txt"
        let message = LoadError.notFound(path: name).description
        XCTAssertTrue(Self.isInert(message, allowNewlines: false), message)
        XCTAssertLessThan(message.unicodeScalars.count, SafeText.echoLength + 20)
        XCTAssertTrue(message.hasPrefix("␛]2;pwned␇nnn"), message)
    }
}
