import XCTest
@testable import BylineReader

final class SanitizerTests: XCTestCase {
    private func texts(_ cells: [Cell]) -> [String] { cells.map(\.text) }

    /// No cell may carry a scalar that a terminal acts on.
    private func assertInert(_ cells: [Cell], file: StaticString = #filePath, line: UInt = #line) {
        for cell in cells {
            for s in cell.text.unicodeScalars {
                let v = s.value
                XCTAssertFalse(v < 0x20 || (0x7F...0x9F).contains(v), "control U+\(String(v, radix: 16)) in a cell", file: file, line: line)
                XCTAssertFalse((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v), "bidi control in a cell", file: file, line: line)
                XCTAssertFalse([0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0xAD, 0x2060].contains(v), "invisible scalar in a cell", file: file, line: line)
            }
        }
    }

    func testTitleSequenceIsShownNotSent() {
        let cells = Sanitizer.cells("a\u{1B}]2;pwned\u{07}b")
        assertInert(cells)
        XCTAssertEqual(texts(cells).joined(), "a␛]2;pwned␇b")
        XCTAssertEqual(cells[1].role, .uiControl)
        XCTAssertEqual(cells[10].role, .uiControl)
        XCTAssertEqual(cells[2].role, .text)
    }

    func testClearScreenSequence() {
        let cells = Sanitizer.cells("\u{1B}[2Jx")
        assertInert(cells)
        XCTAssertEqual(texts(cells), ["␛", "[", "2", "J", "x"])
    }

    func testOSC52ClipboardWrite() {
        let cells = Sanitizer.cells("\u{1B}]52;c;ZWNobyBoaQ==\u{1B}\\")
        assertInert(cells)
        XCTAssertEqual(texts(cells).joined(), "␛]52;c;ZWNobyBoaQ==␛\\")
    }

    func testBidiOverrideIsDropped() {
        let cells = Sanitizer.cells("abc\u{202E}def\u{2066}g\u{2069}")
        assertInert(cells)
        XCTAssertEqual(texts(cells).joined(), "abcdefg")
        XCTAssertEqual(cells.count, 7)
    }

    func testC1ControlsAndDelAreReplaced() {
        let cells = Sanitizer.cells("a\u{9B}31mb\u{7F}c\u{85}d")
        assertInert(cells)
        XCTAssertEqual(texts(cells), ["a", "\u{FFFD}", "3", "1", "m", "b", "␡", "c", " ", "d"])
    }

    func testZeroWidthSoftHyphenAndBOMAreDropped() {
        let cells = Sanitizer.cells("\u{FEFF}in\u{AD}vis\u{200B}i\u{200D}ble\u{2060}")
        assertInert(cells)
        XCTAssertEqual(texts(cells).joined(), "invisible")
        XCTAssertEqual(Sanitizer.width(of: "in\u{AD}vis\u{200B}ible"), 9)
    }

    func testWideCharactersTakeTwoColumnsWithContinuation() {
        let cells = Sanitizer.cells("a北京b")
        XCTAssertEqual(cells.map(\.width), [1, 2, 0, 2, 0, 1])
        XCTAssertEqual(texts(cells), ["a", "北", "", "京", "", "b"])
        XCTAssertEqual(Sanitizer.width(of: "a北京b"), 6)
        XCTAssertEqual(Sanitizer.width(of: "😀"), 2)
        XCTAssertEqual(Sanitizer.width(of: "ｘ"), 2)
    }

    func testCombiningMarksJoinTheirBase() {
        let cells = Sanitizer.cells("Ine\u{0301}s")
        XCTAssertEqual(texts(cells), ["I", "n", "e\u{0301}", "s"])
        XCTAssertEqual(Sanitizer.width(of: "Ine\u{0301}s"), 4)
    }

    func testOrphanMarkGetsADottedCircle() {
        let cells = Sanitizer.cells("\u{0301}a")
        XCTAssertEqual(texts(cells), ["\u{25CC}\u{0301}", "a"])
    }

    func testStackedMarksAreCapped() {
        let zalgo = "a" + String(repeating: "\u{0300}", count: 50)
        let cells = Sanitizer.cells(zalgo)
        XCTAssertEqual(cells.count, 1)
        XCTAssertEqual(cells[0].text.unicodeScalars.count, 1 + Sanitizer.maxMarksPerCell)
    }

    func testTabsExpandToTheNextStop() {
        XCTAssertEqual(texts(Sanitizer.cells("ab\tc")).joined(), "ab      c")
        XCTAssertEqual(texts(Sanitizer.cells("\tc", from: 3)).joined(), "     c")
        XCTAssertEqual(Sanitizer.width(of: "a\tb"), 9)
    }

    func testClipEndsInAnEllipsisByDisplayWidth() {
        XCTAssertEqual(Sanitizer.clip("short", width: 5), "short")
        XCTAssertEqual(Sanitizer.clip("longer text", width: 6), "longe…")
        XCTAssertEqual(Sanitizer.clip("北京北京", width: 6), "北京…")
        XCTAssertEqual(Sanitizer.clip("北京北京", width: 5), "北京…")
        XCTAssertEqual(Sanitizer.clip("abc", width: 0), "")
    }

    func testNewlinesBecomeSpaces() {
        XCTAssertEqual(texts(Sanitizer.cells("a\nb\r\nc\u{2028}d")).joined(), "a b  c d")
    }

    func testBufferWriteClipsAndReplacesAHalfWideCharacter() {
        var b = Buffer(width: 4, height: 1)
        let n = b.write("ab北", x: 0, y: 0, maxWidth: 3)
        XCTAssertEqual(n, 3)
        XCTAssertEqual(b.line(0), "ab  ")
    }

    /// The whole pipeline: an article full of escapes renders into inert cells, and its text
    /// keeps its order (no bidi reordering characters reach the screen).
    func testHostileArticleRendersInert() {
        let hostile = "Title\n\u{1B}]2;owned\u{07} \u{1B}[2J \u{1B}]52;c;aGk=\u{07} abc\u{202E}fed \u{9B}1;1H end\tx\u{200B}y"
        let state = ReaderState(articles: [ArticleState(text: ArticleText(path: "evil.txt", text: hostile))], width: 80, height: 24)
        let buffer = ReaderView.render(state, width: 80, height: 24)
        assertInert(buffer.cells)
        let body = buffer.lines.joined(separator: "\n")
        XCTAssertTrue(body.contains("␛]2;owned␇ ␛[2J ␛]52;c;aGk=␇ abcfed"), body)
        XCTAssertTrue(body.contains("�1;1H end   xy"), body)
    }

    /// The annotation editor quotes article text in its heading: it goes through the sanitiser.
    func testEditorHeadingIsInert() {
        let editor = AnnotationEditor(quote: "cost\u{1B}]2;owned\u{07} rose\u{202E}d")
        var b = Buffer(width: 60, height: 6)
        AnnotationEditorView.render(editor, into: &b, x: 0, y: 0, width: 60, height: 6)
        assertInert(b.cells)
        XCTAssertTrue(b.line(0).contains("“cost]2;owned rosed”"), b.line(0))
    }
}
