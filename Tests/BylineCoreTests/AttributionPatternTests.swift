import XCTest
@testable import BylineCore

/// Patterns found while measuring: each one written here as a sentence of its own.
final class AttributionPatternTests: XCTestCase {
    func testAppositionBetweenNameAndCue() {
        let run = AttributionRun("“The dam is safe,” Olga Brandt, the chief engineer of the region, said on Monday.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "“The dam is safe,”")
        XCTAssertEqual(q?.speaker?.name, "Olga Brandt")
        XCTAssertEqual(q?.cue?.text, "said")
    }

    func testBracketedPartyAfterTheName() {
        let run = AttributionRun("“We will fight this,” Rep. Alan Pike (D-Ore.) said.")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "Alan Pike")
        XCTAssertEqual(run.quotes.first?.speaker?.name, "Alan Pike")
    }

    func testSpeakerAfterQuotationWithALongTail() {
        let run = AttributionRun("“It was the right call,” Mira Holt said at a news conference announcing that the plant would close.")
        let q = run.quote(containing: "right call")
        XCTAssertEqual(q?.kind, .direct)
        XCTAssertEqual(q?.speaker?.name, "Mira Holt")
    }

    func testQuestionSplitFromItsAttribution() {
        let run = AttributionRun("“How long must we wait?” Ben Ortiz asked.")
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.content.text, "“How long must we wait?”")
        XCTAssertEqual(run.quotes.first?.speaker?.name, "Ben Ortiz")
        XCTAssertEqual(run.quotes.first?.cue?.text, "asked")
    }

    func testColonIntroducesTheNextParagraphsQuotation() {
        let run = AttributionRun("The governor wrote:\n“The budget is balanced and the schools are funded.”\nThe session ends today.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "“The budget is balanced and the schools are funded.”")
        XCTAssertEqual(q?.speaker?.mention?.text, "The governor")
        XCTAssertEqual(run.quotes.count, 1)
    }

    func testCoordinatedCueSharesTheSubject() {
        let run = AttributionRun("Lena Park toured the site and said that repairs would take a year.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "repairs would take a year")
        XCTAssertEqual(q?.speaker?.name, "Lena Park")
    }

    func testPronounPrefersTheNamedSubjectOfItsSentence() {
        let text = "“Taxes will rise,” Omar Reyes said.\nIvo Marsh condemned what he called a “reckless plan” for the city."
        let run = AttributionRun(text)
        let q = run.quote(containing: "reckless")
        XCTAssertEqual(q?.speaker?.mention?.text, "he")
        XCTAssertEqual(q?.speaker?.name, "Ivo Marsh")
    }

    func testQuotationAfterAVerbOutsideTheLexiconTakesTheSubject() {
        let run = AttributionRun("Senator Hale branded the deal “a betrayal of workers” during the debate.")
        let q = run.quotes.first
        XCTAssertEqual(q?.kind, .mixed)
        XCTAssertEqual(q?.cue?.text, "branded")
        XCTAssertEqual(q?.speaker?.name, "Hale")
    }

    func testParticipleAfterANameAndAfterADocument() {
        let named = AttributionRun("The clip shows footage of Nina Cole asking, “Where were the inspectors?”")
        XCTAssertEqual(named.quotes.first?.speaker?.name, "Nina Cole")
        let document = AttributionRun("He responded to the Herald's article suggesting that the mayor would resign.")
        XCTAssertEqual(document.quotes.first?.content.text, "the mayor would resign")
        XCTAssertEqual(document.quotes.first?.speaker?.name, "Herald")
    }

    func testWrongWayMarksStillPair() {
        XCTAssertEqual(QuoteMarkPairer.pair(Document("”Fear is everywhere.” ― Tess Lund")).count, 1)
        let doc = Document("She called it “a mess“ and left.")
        let found = QuoteMarkPairer.pair(doc)
        XCTAssertEqual(found.map { doc.text.text($0.start, $0.end) }, ["“a mess“"])
    }

    func testStrayInnerMarkEndsAtTheLastClosingMark() {
        let doc = Document("“He said it was “the end’.” ― Rui Sato")
        let found = QuoteMarkPairer.pair(doc)
        XCTAssertEqual(found.map { doc.text.text($0.start, $0.end) }, ["“He said it was “the end’.”"])
        XCTAssertEqual(AttributionRun("“He said it was “the end’.” ― Rui Sato").quotes.first?.speaker?.name, "Rui Sato")
    }

    func testAffiliationIsARelayNotTheName() {
        let run = AttributionRun("“The polls are tightening,” wrote Cal Ennis for Harbor Daily.")
        let q = run.quotes.first
        XCTAssertEqual(q?.speaker?.name, "Cal Ennis")
        XCTAssertEqual(run.source(id: q?.source)?.via, run.source(named: "Harbor Daily")?.id)
    }
}
