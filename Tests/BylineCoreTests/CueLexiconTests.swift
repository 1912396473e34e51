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
}
