import XCTest
@testable import BylineCore

/// Verbs whose object is the attributed stance: "endorsed", "criticized", "accused … of".
final class StanceCueTests: XCTestCase {
    func testEndorsementTakesItsObjectAsContent() {
        let run = AttributionRun("Rosa Delgado endorsed Ana Ruiz on Tuesday.")
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.cue?.text, "endorsed")
        XCTAssertEqual(run.quotes.first?.content.text, "Ana Ruiz on Tuesday")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "Rosa Delgado")
    }

    func testAccusationTakesItsObjectAsContent() {
        let run = AttributionRun("The mayor accused the council of hiding the budget.")
        XCTAssertEqual(run.quotes.first?.cue?.text, "accused")
        XCTAssertEqual(run.quotes.first?.content.text, "the council of hiding the budget")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "The mayor")
    }

    func testStanceAfterAPrepositionIsNotTaken() {
        let run = AttributionRun("The ministry has refrained from endorsing the new treaty.")
        XCTAssertEqual(run.quotes.count, 0)
    }

    func testPassiveStanceIsNotTaken() {
        let run = AttributionRun("The treaty was opposed in the vote.")
        XCTAssertEqual(run.quotes.count, 0)
    }

    func testPointedOutThatIsACue() {
        let run = AttributionRun("Ana Ruiz pointed out that the bridge was closed.")
        XCTAssertEqual(run.quotes.first?.cue?.text, "pointed")
        XCTAssertEqual(run.quotes.first?.content.text, "the bridge was closed")
    }
}

/// Reported questions: "asked whether …", "wondered if …".
final class ReportedQuestionTests: XCTestCase {
    func testAskedWhetherReportsTheQuestion() {
        let run = AttributionRun("Ana Ruiz asked whether the bridge would reopen in May.")
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.cue?.text, "asked")
        XCTAssertEqual(run.quotes.first?.content.text, "the bridge would reopen in May")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "Ana Ruiz")
    }

    func testAskedWithoutAQuestionIsNoAttribution() {
        let run = AttributionRun("Ana Ruiz asked the mayor for a meeting in May.")
        XCTAssertEqual(run.quotes.count, 0)
    }
}
