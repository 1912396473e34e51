import XCTest
@testable import BylineCore

final class IndirectQuoteAttributionTests: XCTestCase {
    func testSpeakerSaidThatClauseDropsThat() {
        let run = AttributionRun("The mayor had said that the tunnel would close for repairs.")
        let q = run.quotes.first
        XCTAssertEqual(q?.kind, .indirect)
        XCTAssertEqual(q?.content.text, "the tunnel would close for repairs")
        XCTAssertEqual(q?.cue?.text, "said")
        XCTAssertEqual(q?.speaker?.mention?.text, "The mayor")
    }

    func testContentFirstThenSpeakerAndCue() {
        let run = AttributionRun("The tunnel will close for repairs in June, Ines Park said.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "The tunnel will close for repairs in June")
        XCTAssertEqual(q?.speaker?.name, "Ines Park")
    }

    func testAModifiedReportIsANounNotACue() {
        let run = AttributionRun("According to a leaked report, the dam is unsafe.")
        XCTAssertEqual(run.quotes.map(\.content.text), ["the dam is unsafe"])
        XCTAssertEqual(run.quotes.first?.cue?.text, "According to")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "a leaked report")
    }

    func testAccordingToAtTheStartAndAtTheEnd() {
        let run = AttributionRun("According to two officials, the talks collapsed overnight. The deal is off, according to a senior aide.")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[0].content.text, "the talks collapsed overnight")
        XCTAssertEqual(run.quotes[0].cue?.text, "According to")
        XCTAssertEqual(run.quotes[0].speaker?.mention?.text, "two officials")
        XCTAssertEqual(run.quotes[1].content.text, "The deal is off")
        XCTAssertEqual(run.quotes[1].speaker?.mention?.text, "a senior aide")
        XCTAssertEqual(run.source(id: run.quotes[1].source)?.kind, .anonymous)
    }

    func testCognitionVerbReportsABelief() {
        let run = AttributionRun("The analysts believe that inflation will ease next year.")
        XCTAssertEqual(run.quotes.first?.content.text, "inflation will ease next year")
        XCTAssertEqual(run.quotes.first?.cue?.text, "believe")
    }

    func testAssessmentIndicatesThatIsADocumentSource() {
        let run = AttributionRun("A Nordic ministry’s assessment indicates that the fleet is probably too small.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "the fleet is probably too small")
        XCTAssertEqual(q?.cue?.text, "indicates")
        XCTAssertEqual(q?.speaker?.name, "A Nordic ministry’s assessment")
        XCTAssertEqual(run.source(id: q?.source)?.kind, .document)
    }

    func testTwoAttributionsInOneSentenceSplitTheContent() {
        let run = AttributionRun("Vera Kohl said the budget was final, though she acknowledged it was late.")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[0].content.text, "the budget was final")
        XCTAssertEqual(run.quotes[1].content.text, "it was late")
        XCTAssertEqual(run.quotes[1].speaker?.mention?.text, "she")
    }

    func testParticipleCueKeepsTheSubjectAsSpeaker() {
        let run = AttributionRun("The ministry denied sending troops, insisting that its forces stayed home.")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[0].content.text, "sending troops")
        XCTAssertEqual(run.quotes[0].cue?.text, "denied")
        XCTAssertEqual(run.quotes[1].content.text, "its forces stayed home")
        XCTAssertEqual(run.quotes[1].cue?.text, "insisting")
        XCTAssertEqual(run.quotes[1].speaker?.mention?.text, "The ministry")
    }

    func testNounReadingsOfCueWordsAreNotCues() {
        let run = AttributionRun("The report was long. His claims about the suing states were dull.")
        XCTAssertEqual(run.quotes, [])
    }
}
