import BylineCore
@testable import BylineReader
import BylineStore
import XCTest

final class AnnotationEditorTests: XCTestCase {
    private func type(_ text: String, into e: inout AnnotationEditor) {
        for s in text.unicodeScalars { XCTAssertEqual(e.handle(.char(s)), .editing) }
    }

    func testEachVerdictKeyPicksItsVerdictAndLeavesTheFocusOnTheVerdict() {
        let expected: [(Unicode.Scalar, Verdict)] = [("s", .supported), ("d", .disputed), ("f", .false), ("m", .misleading),
                                                     ("u", .unverifiable), ("c", .needsContext)]
        for (key, verdict) in expected {
            var e = AnnotationEditor(quote: "The wall costs 40 million.")
            XCTAssertEqual(e.focus, .verdict)
            XCTAssertEqual(e.handle(.char(key)), .editing)
            XCTAssertEqual(e.verdict, verdict)
            XCTAssertEqual(e.focus, .verdict)
        }
    }

    /// Issue 15.1: the hint says "Tab: note" on the verdict row, so a verdict, Tab and typing
    /// must write the note, not the tags.
    func testAVerdictThenTabAsTheHintSaysWritesTheNote() {
        var e = AnnotationEditor(quote: "The wall costs 40 million.")
        XCTAssertTrue(AnnotationEditorView.hint(e).hasPrefix("Tab: note"))
        _ = e.handle(.char("d"))
        XCTAssertTrue(AnnotationEditorView.hint(e).hasPrefix("Tab: note"), "the hint still names the key that moves on")
        _ = e.handle(.tab)
        XCTAssertEqual(e.focus, .note)
        XCTAssertTrue(AnnotationEditorView.hint(e).hasPrefix("Tab: tags"))
        type("Figures are from 2019", into: &e)
        XCTAssertEqual(e.handle(.enter), .save(AnnotationDraft(verdict: .disputed, note: "Figures are from 2019", tags: [])))
    }

    func testVerdictRowArrowsClearAndFunctionKeys() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.right)
        XCTAssertEqual(e.verdict, .supported)
        _ = e.handle(.right)
        XCTAssertEqual(e.verdict, .disputed)
        _ = e.handle(.left)
        _ = e.handle(.left)
        XCTAssertEqual(e.verdict, .needsContext)
        _ = e.handle(.char("-"))
        XCTAssertNil(e.verdict)
        _ = e.handle(.down)
        XCTAssertEqual(e.focus, .note)
        _ = e.handle(.function(3))
        XCTAssertEqual(e.verdict, .false)
        XCTAssertEqual(e.focus, .note)
        _ = e.handle(.function(7))
        XCTAssertNil(e.verdict)
    }

    func testOtherLettersOnTheVerdictRowKeepTheFocusAndSayHowToMove() {
        var e = AnnotationEditor(quote: "q")
        type("Why", into: &e)
        XCTAssertNil(e.verdict)
        XCTAssertEqual(e.focus, .verdict)
        XCTAssertEqual(e.note.text, "")
        XCTAssertEqual(e.notice, "Here s d f m u c choose a verdict: Tab moves to the note.")
    }

    func testNoteEditingKeys() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.char("d"))
        _ = e.handle(.tab)
        type("Figures differ", into: &e)
        XCTAssertEqual(e.handle(.ctrl("o")), .editing)
        type("See annex", into: &e)
        XCTAssertEqual(e.note.text, "Figures differ\nSee annex")
        _ = e.handle(.ctrl("a"))
        XCTAssertEqual(e.note.cursor, 15)
        _ = e.handle(.ctrl("e"))
        XCTAssertEqual(e.note.cursor, 24)
        _ = e.handle(.ctrl("w"))
        XCTAssertEqual(e.note.text, "Figures differ\nSee ")
        _ = e.handle(.ctrl("u"))
        XCTAssertEqual(e.note.text, "Figures differ\n")
        _ = e.handle(.backspace)
        XCTAssertEqual(e.note.text, "Figures differ")
        _ = e.handle(.home)
        _ = e.handle(.delete)
        XCTAssertEqual(e.note.text, "igures differ")
        _ = e.handle(.ctrl("k"))
        XCTAssertEqual(e.note.text, "")
        _ = e.handle(.ctrl("y"))
        XCTAssertEqual(e.note.text, "igures differ")
        _ = e.handle(.left)
        _ = e.handle(.ctrl("h"))
        XCTAssertEqual(e.note.text, "igures diffr")
        _ = e.handle(.ctrl("b"))
        _ = e.handle(.ctrl("d"))
        XCTAssertEqual(e.note.text, "igures difr")
        _ = e.handle(.ctrl("f"))
        _ = e.handle(.end)
        _ = e.handle(.paste("\r\nPasted “line” two"))
        XCTAssertEqual(e.note.text, "igures difr\nPasted “line” two")
        _ = e.handle(.pageUp)
        XCTAssertEqual(e.note.cursor, 0)
        _ = e.handle(.pageDown)
        XCTAssertEqual(e.note.cursor, e.note.characters.count)
    }

    func testUpAndDownLeaveTheNoteAtItsEdges() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.tab)
        _ = e.handle(.paste("a\nb"))
        _ = e.handle(.up)
        XCTAssertEqual(e.focus, .note)
        _ = e.handle(.up)
        XCTAssertEqual(e.focus, .verdict)
        _ = e.handle(.down)
        _ = e.handle(.down)
        _ = e.handle(.down)
        XCTAssertEqual(e.focus, .tags)
        _ = e.handle(.down)
        XCTAssertEqual(e.focus, .tags)
        _ = e.handle(.up)
        XCTAssertEqual(e.focus, .note)
    }

    func testTabCyclesFieldsBothWays() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.tab)
        XCTAssertEqual(e.focus, .note)
        _ = e.handle(.tab)
        XCTAssertEqual(e.focus, .tags)
        _ = e.handle(.tab)
        XCTAssertEqual(e.focus, .verdict)
        _ = e.handle(.backTab)
        XCTAssertEqual(e.focus, .tags)
        _ = e.handle(.backTab)
        XCTAssertEqual(e.focus, .note)
    }

    func testTagsFieldIsSingleLineAndParsed() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.backTab)
        type("#budget, cost cost", into: &e)
        _ = e.handle(.paste("\nextra"))
        XCTAssertEqual(e.tags.text, "#budget, cost cost extra")
        XCTAssertEqual(e.draft.tags, ["budget", "cost", "extra"])
        XCTAssertEqual(e.handle(.ctrl("o")), .editing)
        XCTAssertEqual(e.tags.text, "#budget, cost cost extra")
    }

    func testEnterAndCtrlSSaveTheDraft() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.char("m"))
        _ = e.handle(.tab)
        type("  Out of context  ", into: &e)
        _ = e.handle(.tab)
        type("x", into: &e)
        let expected = AnnotationDraft(verdict: .misleading, note: "Out of context", tags: ["x"])
        XCTAssertEqual(e.handle(.enter), .save(expected))
        XCTAssertEqual(e.handle(.ctrl("s")), .save(expected))
    }

    func testSavingNothingIsRefusedWithANotice() {
        var e = AnnotationEditor(quote: "q")
        XCTAssertEqual(e.handle(.enter), .editing)
        XCTAssertNotNil(e.notice)
        _ = e.handle(.tab)
        XCTAssertNil(e.notice)
    }

    func testEscapeCancelsAtOnceWhenNothingChanged() {
        var e = AnnotationEditor(quote: "q")
        XCTAssertEqual(e.handle(.escape), .cancel)
    }

    func testEscapeAsksFirstWhenSomethingChanged() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.char("f"))
        XCTAssertEqual(e.handle(.escape), .confirmDiscard)
        XCTAssertTrue(e.isConfirmingDiscard)
        XCTAssertEqual(e.handle(.char("n")), .editing)
        XCTAssertFalse(e.isConfirmingDiscard)
        XCTAssertEqual(e.verdict, .false)
        XCTAssertEqual(e.note.text, "", "the key that answered the prompt is not typed")
        XCTAssertEqual(e.handle(.escape), .confirmDiscard)
        XCTAssertEqual(e.handle(.char("y")), .cancel)
        var again = AnnotationEditor(quote: "q")
        _ = again.handle(.char("f"))
        _ = again.handle(.escape)
        XCTAssertEqual(again.handle(.escape), .cancel)
    }

    func testEditingAnExistingAnnotationStartsFromItAndIsCleanUntilChanged() {
        let text = ScalarText("The wall costs 40 million.")
        let a = Annotation(documentID: "sha256:x", verdict: .disputed, note: "Old note", tags: ["a", "b"],
                           created: Date(timeIntervalSince1970: 0), modified: Date(timeIntervalSince1970: 0),
                           anchor: TextAnchor(range: 4..<8, in: text))
        var e = AnnotationEditor(editing: a)
        XCTAssertEqual(e.annotationID, a.id)
        XCTAssertEqual(e.quote, "wall")
        XCTAssertEqual(e.focus, .note)
        XCTAssertEqual(e.tags.text, "a, b")
        XCTAssertFalse(e.isDirty)
        XCTAssertEqual(e.handle(.escape), .cancel)
        type("!", into: &e)
        XCTAssertTrue(e.isDirty)
        XCTAssertEqual(e.handle(.ctrl("s")), .save(AnnotationDraft(verdict: .disputed, note: "Old note!", tags: ["a", "b"])))
    }
}

final class AnnotationEditorDeleteTests: XCTestCase {
    func testCtrlXDeletesOnlyAnExistingAnnotation() {
        var fresh = AnnotationEditor(quote: "q")
        XCTAssertEqual(fresh.handle(.ctrl("x")), .editing)
        let a = Annotation(documentID: "sha256:x", verdict: .false, note: "", tags: [], created: Date(timeIntervalSince1970: 0),
                           modified: Date(timeIntervalSince1970: 0), anchor: TextAnchor(exact: "q", prefix: "", suffix: "", start: 0, end: 1))
        var existing = AnnotationEditor(editing: a)
        XCTAssertEqual(existing.handle(.ctrl("x")), .delete(a.id))
    }
}
