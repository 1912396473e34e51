import XCTest
@testable import BylineCore

/// Polls and their respondents as sources: documents before a reduced relative, shares of a group.
final class PollSourceTests: XCTestCase {
    func testDocumentBeforeAReducedRelativeSpeaks() {
        let run = AttributionRun("A Harlow College poll released on Monday found that Ruiz leads the race.")
        let q = run.quote(containing: "Ruiz leads")
        XCTAssertEqual(q?.speaker?.mention?.text, "A Harlow College poll")
        XCTAssertEqual(q?.cue?.text, "found")
        XCTAssertEqual(run.source(id: q?.source)?.kind, .document)
    }

    func testShareOfAGroupIsOneAnonymousSource() {
        let run = AttributionRun("Seventy-four percent of likely voters said the race was close.")
        let q = run.quote(containing: "race was close")
        XCTAssertEqual(q?.speaker?.mention?.text, "Seventy-four percent of likely voters")
        XCTAssertEqual(run.source(id: q?.source)?.name, "Seventy-four percent of likely voters")
        XCTAssertEqual(run.source(id: q?.source)?.kind, .anonymous)
    }

    func testCapitalisedPercentIsNotAPersonsName() {
        let run = AttributionRun("Twelve percent said they were undecided.")
        XCTAssertEqual(run.source(id: run.quotes.first?.source)?.name, "Twelve percent")
        XCTAssertEqual(run.source(id: run.quotes.first?.source)?.kind, .anonymous)
    }

    func testMajorityOfAGroupSpeaks() {
        let run = AttributionRun("A majority of voters said the economy mattered most.")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "A majority of voters")
    }
}

/// Evidence verbs after a document need no "that": "A new poll showed Ruiz leading …".
final class DocumentEvidenceTests: XCTestCase {
    func testDocumentEvidenceTakesItsObject() {
        let run = AttributionRun("A new poll showed Ruiz leading Reed by four points.")
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.cue?.text, "showed")
        XCTAssertEqual(run.quotes.first?.content.text, "Ruiz leading Reed by four points")
        XCTAssertEqual(run.source(id: run.quotes.first?.source)?.kind, .document)
    }

    func testPersonShowingAnObjectIsNoAttribution() {
        let run = AttributionRun("Ana Ruiz showed the visitors her new garden.")
        XCTAssertEqual(run.quotes.count, 0)
    }
}
