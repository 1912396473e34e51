import BylineCore
@testable import BylineReader
import BylineStore
import XCTest

/// The annotation editor as the screen shows it, every row of it: at 140×40 and 80×24 every
/// verdict choice, "- none" included, shows whole; narrower, a row that does not fit ends in "…".
final class AnnotationEditorFitTests: XCTestCase {
    /// The rows of the editor opened on the sample's first claim, cut to the body's width.
    private func editorRows(width: Int, height: Int, _ keys: [KeyEvent] = []) -> [String] {
        var state = Fixtures.sampleState(width: width, height: height)
        state.annotationEditorAvailable = true
        state = reduce(state, .resize(width: width, height: height)).state
        state = reduce(state, .annotate).state
        for key in keys { state = reduce(state, .editorKey(key)).state }
        let body = state.layout(width: width, height: height).panes[.body]!.width
        let lines = ReaderView.render(state, width: width, height: height).lines
        guard let top = lines.firstIndex(where: { $0.hasPrefix("▌ Annotate") }) else {
            XCTFail("no editor on screen:\n" + lines.joined(separator: "\n"))
            return []
        }
        let rows = AnnotationEditorView.height(state.editorSession!.editor, width: body)
        return lines[top..<top + rows].map { String($0.prefix(body)).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
    }

    private let choices1 = "s supported  d disputed  f false  m misleading"
    private let choices2 = "u unverifiable  c needs-context  - none"

    func testEveryRowAt140x40() {
        XCTAssertEqual(editorRows(width: 140, height: 40), [
            "▌ Annotate “the projected cost has risen to 2.3 billion euros”",
            "Verdict  " + choices1,
            "         " + choices2,
            "Note     (none)",
            "Tags",
            "Tab: note · s d f m u c: verdict · -: none · Enter: save · Esc: cancel",
        ])
    }

    func testEveryRowAt80x24WithANoteAndTags() {
        let keys: [KeyEvent] = [.char("c"), .tab, .paste("Costs are from 2024"), .tab, .paste("budget, lisbon")]
        XCTAssertEqual(editorRows(width: 80, height: 24, keys), [
            "▌ Annotate “the projected cost has risen to 2.3 billion euros”",
            "Verdict  " + choices1,
            "         " + choices2,
            "Note     Costs are from 2024",
            "Tags     budget, lisbon",
            "Tab: verdict · commas or spaces between tags · Enter: save · Esc: cancel",
        ])
    }

    func testANarrowScreenCutsEachRowWithAnEllipsis() {
        let keys: [KeyEvent] = [.tab, .paste("A note long enough to wrap onto a second row"), .tab,
                                 .paste("one two three four five six seven"), .tab]
        XCTAssertEqual(editorRows(width: 40, height: 24, keys), [
            "▌ Annotate “the projected cost has rise…",
            "Verdict  s supported  d disputed  f fal…",
            "         u unverifiable  c needs-contex…",
            "Note     A note long enough to wrap",
            "         onto a second row",
            "Tags     one two three four five six se…",
            "Tab: note · s d f m u c: verdict · -: n…",
        ])
    }

    func testTheChosenVerdictAndNoneAreDrawnInTheirColours() throws {
        var e = AnnotationEditor(quote: "q")
        var buffer = Buffer(width: 83, height: 6)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 83, height: 6)
        let none = try XCTUnwrap(buffer.line(2).range(of: "- none"), buffer.line(2)).lowerBound.utf16Offset(in: buffer.line(2))
        XCTAssertEqual(buffer[none + 2, 2].role, .uiSelection, "no verdict yet: “none” is the one chosen")
        _ = e.handle(.char("c"))
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 83, height: 6)
        let context = try XCTUnwrap(buffer.line(2).range(of: "c needs-context")).lowerBound.utf16Offset(in: buffer.line(2))
        XCTAssertEqual(buffer[context, 2].role, .claimContext)
        XCTAssertEqual(buffer[context + 2, 2].role, .claimContext)
        XCTAssertEqual(buffer[none + 2, 2].role, .editor)
        XCTAssertEqual(buffer[9, 1].role, .uiControl, "an unchosen key")
    }

    /// A tags line longer than the field: from its start with "…" at the end, and scrolled to
    /// the cursor with "…" before it while typing.
    func testALongTagsLineShowsWhereItIsCut() {
        var e = AnnotationEditor(quote: "q")
        _ = e.handle(.tab)
        _ = e.handle(.tab)
        _ = e.handle(.paste("alpha beta gamma delta epsilon zeta"))
        var buffer = Buffer(width: 30, height: 6)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 30, height: 6)
        XCTAssertEqual(buffer.line(4), "Tags     … delta epsilon zeta ")
        XCTAssertEqual(buffer[29, 4].role, .editorCursor, "the cursor after the last tag shows")
        _ = e.handle(.tab)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 30, height: 6)
        XCTAssertEqual(buffer.line(4), "Tags     alpha beta gamma del…")
        _ = e.handle(.tab)
        _ = e.handle(.tab)
        _ = e.handle(.home)
        AnnotationEditorView.render(e, into: &buffer, x: 0, y: 0, width: 30, height: 6)
        XCTAssertEqual(buffer.line(4), "Tags     alpha beta gamma del…")
        XCTAssertEqual(buffer[9, 4].role, .editorCursor)
    }
}
