import BylineCore
@testable import BylineReader
import BylineStore
import Foundation
import XCTest

final class AnnotationEditorViewTests: XCTestCase {
    func testRendersHeadingVerdictsNoteTagsAndHelp() {
        var e = AnnotationEditor(quote: "Costs rose")
        _ = e.handle(.char("d"))
        _ = e.handle(.tab)
        _ = e.handle(.paste("Not per the\nannex"))
        let h = AnnotationEditorView.height(e, width: 40)
        XCTAssertEqual(h, 7)
        var buffer = Buffer(width: 40, height: h)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 40, height: h)
        XCTAssertEqual(buffer.line(0), "▌ Annotate “Costs rose”                 ")
        XCTAssertEqual(buffer.line(1), "Verdict  s supported  d disputed  f fal…")
        XCTAssertEqual(buffer.line(2), "         u unverifiable  c needs-contex…")
        XCTAssertEqual(buffer.line(3), "Note     Not per the                    ")
        XCTAssertEqual(buffer.line(4), "         annex                          ")
        XCTAssertEqual(buffer.line(5), "Tags                                    ")
        XCTAssertEqual(buffer.line(6), "Tab: tags · C-o: new line · F1–F6: verd…", "cut with an ellipsis")
        XCTAssertEqual(buffer[22, 1].role, .claimDisputed, "the chosen verdict is drawn in its colour")
        XCTAssertEqual(buffer[11, 1].role, .editor)
        XCTAssertEqual(buffer[14, 4].role, .editorCursor, "the cursor stands after “annex”")
        XCTAssertEqual(buffer[0, 3].role, .uiTitleFocused)
    }

    func testLongNoteWrapsAndScrollsToTheCursor() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.tab)
        _ = e.handle(.paste(["a", "b", "c", "d", "e"].map { String(repeating: $0, count: 20) }.joined()))
        XCTAssertEqual(AnnotationEditorView.height(e, width: 30, maxNoteRows: 3), 8)
        var buffer = Buffer(width: 30, height: 8)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 30, height: 8)
        XCTAssertEqual(buffer.line(3), "Note     cccccccccccccccccccc ", "rows of 20 columns, the last three shown")
        XCTAssertEqual(buffer.line(4), "         dddddddddddddddddddd ")
        XCTAssertEqual(buffer.line(5), "         eeeeeeeeeeeeeeeeeeee ")
        XCTAssertEqual(buffer[29, 5].role, .editorCursor)
        XCTAssertEqual(buffer[28, 5].role, .editor)
    }

    func testWideCharactersTakeTwoCells() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.tab)
        _ = e.handle(.paste("漢字"))
        var buffer = Buffer(width: 30, height: 6)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 30, height: 6)
        XCTAssertEqual(buffer[9, 3].text, "漢")
        XCTAssertEqual(buffer[9, 3].width, 2)
        XCTAssertEqual(buffer[10, 3].width, 0)
        XCTAssertEqual(buffer[11, 3].text, "字")
        XCTAssertEqual(buffer[13, 3].role, .editorCursor)
    }

    func testDiscardPromptReplacesTheHelpLine() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.char("s"))
        _ = e.handle(.escape)
        var buffer = Buffer(width: 80, height: 6)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 80, height: 6)
        XCTAssertTrue(buffer.line(5).hasPrefix("Discard your changes? y or Esc: discard"))
        XCTAssertEqual(buffer[0, 5].role, .uiError)
    }

    /// Issue 15.7: at 140 columns the editor opens in the body, 83 columns wide; every hint
    /// and the delete key of an existing annotation fit there whole.
    func testEveryHintFitsTheBodyOfA140ColumnScreen() {
        let body = ScreenLayout(width: 140, height: 40, focus: .body, sideTab: .quotes).panes[.body]!.width
        XCTAssertEqual(body, 83)
        var e = AnnotationEditor(quote: "q")
        for field in [AnnotationEditor.Field.verdict, .note, .tags] {
            XCTAssertEqual(e.focus, field)
            var buffer = Buffer(width: body, height: 6)
            AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: body, height: 6)
            XCTAssertEqual(buffer.line(5).trimmingCharacters(in: .whitespaces), AnnotationEditorView.hint(e))
            XCTAssertFalse(buffer.line(5).contains("…"))
            _ = e.handle(.tab)
        }
        let text = ScalarText("The wall costs 40 million.")
        let existing = AnnotationEditor(editing: Annotation(documentID: "sha256:x", verdict: .false, note: "n", tags: [],
                                                            created: Date(timeIntervalSince1970: 0), modified: Date(timeIntervalSince1970: 0),
                                                            anchor: TextAnchor(range: 4..<8, in: text)))
        var buffer = Buffer(width: body, height: 6)
        AnnotationEditorView.render(existing, into: &buffer, x: 0, y: 0, width: body, height: 6)
        XCTAssertTrue(buffer.line(0).hasPrefix("▌ Edit (C-x deletes) “wall”"), buffer.line(0))
    }
}
