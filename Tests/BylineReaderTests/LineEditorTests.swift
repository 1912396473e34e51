@testable import BylineReader
import XCTest

final class LineEditorTests: XCTestCase {
    func testCursorMovesByGraphemeCluster() {
        var e = LineEditor("e\u{301}👍🏽a")
        XCTAssertEqual(e.characters.count, 3)
        XCTAssertEqual(e.cursor, 3)
        e.moveLeft()
        e.backspace()
        XCTAssertEqual(e.text, "e\u{301}a")
        e.moveLeft()
        e.moveLeft()
        e.moveLeft()
        XCTAssertEqual(e.cursor, 0)
        e.deleteForward()
        XCTAssertEqual(e.text, "a")
        e.backspace()
        XCTAssertEqual(e.text, "a")
        e.moveRight()
        e.moveRight()
        XCTAssertEqual(e.cursor, 1)
        e.deleteForward()
        XCTAssertEqual(e.text, "a")
    }

    func testInsertAtCursorAndCleanPaste() {
        var e = LineEditor("ac")
        e.moveLeft()
        e.insert("b")
        XCTAssertEqual(e.text, "abc")
        e.insert("\u{1B}[31mX\u{7}\tY\u{85}")
        XCTAssertEqual(e.text, "ab[31mX Yc")
        var m = LineEditor(multiline: true)
        m.insert("one\r\ntwo\rthree\nfour")
        XCTAssertEqual(m.text, "one\ntwo\nthree\nfour")
        var s = LineEditor()
        s.insert("one\r\ntwo")
        XCTAssertEqual(s.text, "one two")
        s.insertNewline()
        XCTAssertEqual(s.text, "one two")
    }

    func testLineStartEndAndKillsActOnTheCursorLine() {
        var e = LineEditor("first line\nsecond line", multiline: true)
        e.moveToLineStart()
        XCTAssertEqual(e.cursor, 11)
        e.moveToLineEnd()
        XCTAssertEqual(e.cursor, 22)
        for _ in 0..<5 { e.moveLeft() }
        e.killToLineEnd()
        XCTAssertEqual(e.text, "first line\nsecond")
        XCTAssertEqual(e.killed, " line")
        e.killToLineStart()
        XCTAssertEqual(e.text, "first line\n")
        XCTAssertEqual(e.killed, "second")
        e.yank()
        XCTAssertEqual(e.text, "first line\nsecond")
        e.moveToStart()
        e.moveToLineEnd()
        e.killToLineEnd()
        XCTAssertEqual(e.text, "first linesecond", "Ctrl-K at a line end joins the next line")
    }

    func testKillWordBefore() {
        var e = LineEditor("cost rose  ")
        e.killWordBefore()
        XCTAssertEqual(e.text, "cost ")
        XCTAssertEqual(e.killed, "rose  ")
        e.killWordBefore()
        XCTAssertEqual(e.text, "")
        e.killWordBefore()
        XCTAssertEqual(e.text, "")
        var m = LineEditor("a\n", multiline: true)
        m.killWordBefore()
        XCTAssertEqual(m.text, "a")
    }

    func testUpAndDownKeepTheColumn() {
        var e = LineEditor("abcdef\nxy\nlonger line", multiline: true)
        XCTAssertEqual(e.cursorLineAndColumn.line, 2)
        XCTAssertTrue(e.moveUp())
        XCTAssertEqual(e.cursorLineAndColumn.line, 1)
        XCTAssertEqual(e.cursorLineAndColumn.column, 2)
        XCTAssertTrue(e.moveUp())
        XCTAssertEqual(e.cursor, 2)
        XCTAssertFalse(e.moveUp())
        XCTAssertTrue(e.moveDown())
        XCTAssertEqual(e.cursor, 9)
        XCTAssertTrue(e.moveDown())
        XCTAssertEqual(e.cursor, 12)
        XCTAssertFalse(e.moveDown())
        XCTAssertEqual(e.lineRanges, [0..<6, 7..<9, 10..<21])
    }
}
