import XCTest
@testable import BylineCore

final class ClaimScorerTests: XCTestCase {
    func testAttributedNumberIsAClaimWithItsSource() {
        let run = AttributionRun("Officials said that 4,000 homes lost power on Tuesday.")
        let claim = run.claims.first
        XCTAssertEqual(claim?.id, "C1")
        XCTAssertEqual(claim?.span.text, "Officials said that 4,000 homes lost power on Tuesday.")
        XCTAssertEqual(claim?.signals, ["number", "attributed"])
        XCTAssertEqual(claim?.source, run.quotes.first?.source)
        XCTAssertEqual(claim?.score, 0.55)
    }

    func testHedgesDenialsComparisonsAndCauses() {
        let run = AttributionRun("""
        The river will probably rise higher than last year because the snow melted early.
        The company has never denied the leak at its plant.
        """)
        XCTAssertEqual(run.claims.count, 2)
        guard run.claims.count == 2 else { return }
        XCTAssertEqual(run.claims[0].signals, ["hedged", "comparative", "causal"])
        XCTAssertEqual(run.claims[1].signals, ["attributed", "denial", "superlative"])
    }

    func testCeremonyScoresLow() {
        let run = AttributionRun("He thanked the hosts for their warm welcome at the dinner.")
        XCTAssertEqual(run.claims, [])
    }

    /// Issue 15.14: ids number the claims in text order, so text added after a claim (an
    /// article updated at its end) leaves the ids of the claims before it as they were.
    func testClaimIdsFollowTextOrderAndSurviveTextAddedAfter() {
        let text = "Exports fell by 12 percent. Imports rose more than expected, analysts said."
        let claims = AttributionRun(text).claims
        XCTAssertEqual(claims.map(\.id), ["C1", "C2"])
        XCTAssertEqual(claims.map(\.span.text), ["Exports fell by 12 percent.", "Imports rose more than expected, analysts said."])
        let longer = AttributionRun(text + " He thanked the hosts for dinner. Prices will probably rise by 3 percent.").claims
        XCTAssertEqual(longer.map(\.id), ["C1", "C2", "C3"])
        XCTAssertEqual(Array(longer.prefix(2)), claims)
        XCTAssertEqual(longer[2].span.text, "Prices will probably rise by 3 percent.")
    }
}
