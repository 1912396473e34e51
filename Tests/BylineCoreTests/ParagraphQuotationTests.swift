import XCTest
@testable import BylineCore

/// Cues whose quotation follows a colon: "said about …:" before a quoted paragraph, "as X put it:".
final class ParagraphQuotationTests: XCTestCase {
    func testSaidAboutWithAColonIntroducesTheNextParagraph() {
        let text = "In a release, the planning board said about its new rules:\n\n“The rules protect the river and the farms along it.”"
        let run = AttributionRun(text)
        let q = run.quote(containing: "protect the river")
        XCTAssertEqual(q?.content.text, "“The rules protect the river and the farms along it.”")
        XCTAssertEqual(q?.cue?.text, "said")
        XCTAssertEqual(q?.speaker?.mention?.text, "the planning board")
    }

    func testSaidAboutWithoutAColonIsNoAttribution() {
        let run = AttributionRun("The board said about nothing at all in the meeting.")
        XCTAssertEqual(run.quotes.count, 0)
    }

    func testPutItBeforeAColonIsACue() {
        let run = AttributionRun("As Ana Ruiz put it: “The barbarians are inside the gate now.”")
        let q = run.quote(containing: "barbarians")
        XCTAssertEqual(q?.cue?.text, "put")
        XCTAssertEqual(q?.speaker?.mention?.text, "Ana Ruiz")
        XCTAssertEqual(q?.content.text, "“The barbarians are inside the gate now.”")
    }

    func testPutItWithoutAQuotationIsNoCue() {
        let run = AttributionRun("Ana Ruiz put it on the table.")
        XCTAssertEqual(run.quotes.count, 0)
    }
}
