import XCTest
@testable import BylineCore

/// Speakers found past what opens a sentence: datelines, time phrases, places, and names before a colon.
final class SentenceOpeningSpeakerTests: XCTestCase {
    func testTimePhraseBeforeTheSubjectIsSkipped() {
        let run = AttributionRun("Hours later, Rosa Delgado praised the mayor, telling reporters, “He kept his word.”")
        let q = run.quote(containing: "kept his word")
        XCTAssertEqual(q?.speaker?.mention?.text, "Rosa Delgado")
        XCTAssertEqual(q?.cue?.text, "telling")
    }

    func testDatelineWithAgencyIsSkipped() {
        let run = AttributionRun("Lisbon (AFP) – Rosa Delgado has criticised the budget, saying that “the cuts go too deep.”")
        let q = run.quote(containing: "cuts go too deep")
        XCTAssertEqual(q?.speaker?.mention?.text, "Rosa Delgado")
        XCTAssertEqual(q?.cue?.text, "saying")
    }

    func testStateAfterAPlaceIsNotTheSubject() {
        let run = AttributionRun("Speaking at a rally in Dayton, Ohio, Delgado went after Reed, calling him “a total stiff.”")
        let q = run.quote(containing: "total stiff")
        XCTAssertEqual(q?.speaker?.mention?.text, "Delgado")
    }

    func testNameAfterADashBeforeAColonSpeaks() {
        let run = AttributionRun("TURNOUT WAS LOW - Ana Ruiz and Tom Reed: “Fewer people voted than in any year since 1990.”")
        let q = run.quote(containing: "Fewer people voted")
        // A pair of authors is named by its last name: a known limit of the speaker mention.
        XCTAssertEqual(q?.speaker?.mention?.text, "Tom Reed")
        XCTAssertEqual(q?.cue?.text, ":")
        XCTAssertEqual(q?.content.text, "“Fewer people voted than in any year since 1990.”")
    }

    func testMoreFromANameBeforeAColonSpeaks() {
        let run = AttributionRun("The map has changed. More from Ruiz: “Three states moved in a single year.”")
        XCTAssertEqual(run.quote(containing: "Three states")?.speaker?.mention?.text, "Ruiz")
    }

    func testTitledNameBeforeAColonSpeaks() {
        let run = AttributionRun("The surge does not surprise Republican pollster Dana Cole: “Outsiders always rise early.”")
        XCTAssertEqual(run.quote(containing: "Outsiders")?.speaker?.mention?.text, "Dana Cole")
    }

    func testDocumentAfterFromBeforeAColonSpeaks() {
        let run = AttributionRun("Not all panels are equal. From the report: “Longer field periods produced better samples.”")
        XCTAssertEqual(run.quote(containing: "Longer field")?.speaker?.mention?.text, "the report")
    }
}
