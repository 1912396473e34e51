import XCTest
@testable import BylineCore

/// Polls in the source chain: respondents under the poll, a poll under the outlet that ran it.
final class PollChainTests: XCTestCase {
    func testRespondentsHangUnderThePollBeforeThem() {
        let text = "A Harlow College poll released on Monday found that Ruiz leads the race.\n\nSeventy-four percent of likely voters said the economy mattered most."
        let run = AttributionRun(text)
        let poll = run.source(named: "A Harlow College poll")
        let share = run.source(named: "Seventy-four percent of likely voters")
        XCTAssertNotNil(poll)
        XCTAssertEqual(share?.via, poll?.id)
    }

    func testPollNamedAfterAnOutletHangsUnderTheOutlet() {
        let text = "Reuters reported that the vote was delayed.\n\nA Reuters poll found that most voters were undecided."
        let run = AttributionRun(text)
        let outlet = run.source(named: "Reuters")
        XCTAssertEqual(outlet?.kind, .outlet)
        XCTAssertEqual(run.source(named: "A Reuters poll")?.via, outlet?.id)
    }

    func testOutletNameMatchesWholeWordsOnly() {
        XCTAssertTrue(SourceChainBuilder.names("A Bloomberg poll", outlet: "Bloomberg"))
        XCTAssertFalse(SourceChainBuilder.names("A Bloombergs poll", outlet: "Bloomberg"))
        XCTAssertFalse(SourceChainBuilder.names("a Times report", outlet: "New York Times"))
    }
}
