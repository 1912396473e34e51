import XCTest
@testable import BylineCore

/// Speakers behind appositions: a description before the name, a plural possessive inside the apposition.
final class AppositionSpeakerTests: XCTestCase {
    func testDescriptionBeforeTheNameNamesTheSpeaker() {
        let text = "The bill stalled.\n\n“Nobody read it,” the party spokesman, Alan Pike, said on Monday. “Nobody will read the bill.”"
        let run = AttributionRun(text)
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[0].content.text, "“Nobody read it,”")
        XCTAssertEqual(run.quotes[0].speaker?.mention?.text, "Alan Pike")
        XCTAssertEqual(run.quotes[1].speaker?.name, "Alan Pike")
    }

    func testPluralPossessiveInsideTheAppositionIsNotAQuotationMark() {
        let text = "“We are on pace,” Rosa Delgado, the Greens’ campaign manager, said in a statement."
        let run = AttributionRun(text)
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.content.text, "“We are on pace,”")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "Rosa Delgado")
        XCTAssertEqual(run.quotes.first?.cue?.text, "said")
    }
}

/// "A teary-eyed Reed says …": an inflected verb after "a <Name>" is a cue; a bare noun form is not.
final class IndefiniteNameSpeakerTests: XCTestCase {
    func testInflectedVerbAfterAnIndefiniteNameIsACue() {
        let run = AttributionRun("A teary-eyed Reed says he is proud of the campaign he ran.")
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.cue?.text, "says")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "Reed")
    }

    func testHopefulBeforeTheNameIsADescription() {
        let run = AttributionRun("One Green presidential hopeful, Ana Ruiz, says she plans to root for Iowa.")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "Ana Ruiz")
    }
}
