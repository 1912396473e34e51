import XCTest
@testable import BylineCore

/// Phrases that are not speakers: negated auxiliaries and possessive fragments.
final class JunkSpeakerTests: XCTestCase {
    func testNegatedAuxiliaryStandsBetweenSubjectAndCue() {
        let run = AttributionRun("Ana Ruiz doesn't believe that the bridge will open.")
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "Ana Ruiz")
        XCTAssertEqual(run.quotes.first?.cue?.text, "believe")
    }

    func testNegatedAuxiliaryIsNeverTheSpeaker() {
        let run = AttributionRun("Whether they wouldn't say that the plan failed is unclear.")
        XCTAssertFalse(run.sources.contains { $0.name.hasSuffix("n't") })
    }

    func testPossessiveFragmentIsNotTheSpeaker() {
        let run = AttributionRun("It’s worth noting that the budget grew.")
        XCTAssertFalse(run.sources.contains { $0.name.hasPrefix("’s") || $0.name.hasPrefix("'s") })
    }
}
