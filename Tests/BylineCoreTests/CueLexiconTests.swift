import XCTest
@testable import BylineCore

final class CueLexiconTests: XCTestCase {
    func testSpeechVerbsInEveryTense() {
        for form in ["say", "says", "said", "saying"] {
            XCTAssertEqual(CueLexicon.entry(form)?.lemma, "say", form)
            XCTAssertEqual(CueLexicon.entry(form)?.kind, .speech, form)
        }
        XCTAssertEqual(CueLexicon.entry("reported")?.lemma, "report")
        XCTAssertEqual(CueLexicon.entry("denied")?.lemma, "deny")
        XCTAssertEqual(CueLexicon.entry("emphasized")?.lemma, "emphasize")
    }

    func testCognitionAddressedAndWeakKinds() {
        XCTAssertEqual(CueLexicon.entry("believe")?.kind, .cognition)
        XCTAssertEqual(CueLexicon.entry("told")?.kind, .addressed)
        XCTAssertEqual(CueLexicon.entry("indicates")?.kind, .evidence)
        XCTAssertEqual(CueLexicon.entry("called")?.kind, .weak)
        XCTAssertNil(CueLexicon.entry("table"))
    }

    /// Nouns on their own in 98% of PolNeAR train uses ("Ohio state Sen.", "a popular figure"),
    /// and a cue in the annotations only a handful of times: no cues at all.
    func testNounLikeFormsAreNoCues() {
        for form in ["state", "figure", "figures"] { XCTAssertNil(CueLexicon.entry(form), form) }
        XCTAssertEqual(CueLexicon.entry("stated")?.kind, .speech)
        let run = AttributionRun("Rex Early, a former state party chairman, joined the campaign last week.")
        XCTAssertFalse(run.quotes.contains { $0.cue?.text == "state" })
    }
}
