import XCTest
@testable import BylineCore

/// Outlets that carried the words: "told CNBC in August", "said on CNBC", "In an interview with … magazine".
final class RelayFinderTests: XCTestCase {
    func testOutletAfterToldBeforeATimePhraseRelays() {
        let run = AttributionRun("“The sooner he releases the returns, the better,” Rosa Delgado told CNBC in August.")
        let speaker = run.source(named: "Rosa Delgado")
        XCTAssertEqual(run.source(id: speaker?.via)?.name, "CNBC")
        XCTAssertEqual(run.source(id: speaker?.via)?.kind, .outlet)
    }

    func testOutletAfterOnInTheTailRelays() {
        let run = AttributionRun("“The system is rigged against us,” Alan Pike said this month on CNBC.")
        let speaker = run.source(named: "Alan Pike")
        XCTAssertEqual(run.source(id: speaker?.via)?.name, "CNBC")
    }

    func testOpeningInterviewWithAMagazineRelays() {
        let run = AttributionRun("In an interview with Harbor magazine, Ana Ruiz said that the plan would cost less.")
        let speaker = run.source(named: "Ana Ruiz")
        XCTAssertEqual(run.source(id: speaker?.via)?.name, "Harbor magazine")
    }

    func testOpeningOutletInterviewRelays() {
        let run = AttributionRun("In a Reuters interview Ana Ruiz said that the plan would cost less.")
        let speaker = run.source(named: "Ana Ruiz")
        XCTAssertEqual(run.source(id: speaker?.via)?.name, "Reuters")
    }
}
