import XCTest
@testable import BylineCore

/// Headline, byline, publisher and dateline as newsrooms write them; absent means nil.
final class MetadataExtractorTests: XCTestCase {
    private func meta(_ text: String) -> ArticleMetadata { MetadataExtractor.extract(Document(text)) }

    func testSeedStyleArticle() {
        let m = meta("China remains steadfast in its stance.\nLin said more.\nBy Tamilla Hasanova\nSource: caliber.az")
        XCTAssertEqual(m.title, "China remains steadfast in its stance.")
        XCTAssertEqual(m.byline, ["Tamilla Hasanova"])
        XCTAssertEqual(m.publisher, "caliber.az")
        XCTAssertNil(m.dateline)
    }

    func testSeveralAuthorsAndWireDateline() {
        let m = meta("Ukraine strikes depot\nBy Anna Smith and Pavel Polityuk\nKYIV, Nov 18 (Reuters) - Ukraine said on Monday it struck a depot.")
        XCTAssertEqual(m.title, "Ukraine strikes depot")
        XCTAssertEqual(m.byline, ["Anna Smith", "Pavel Polityuk"])
        XCTAssertEqual(m.publisher, "Reuters")
        XCTAssertEqual(m.dateline, "KYIV, Nov 18")
    }

    func testDashBylineAndAgencyOnlyDateline() {
        let m = meta("Markets calm\n— Staff reporter\nWASHINGTON (AP) — Stocks rose.")
        XCTAssertEqual(m.byline, ["Staff reporter"])
        XCTAssertEqual(m.publisher, "AP")
        XCTAssertEqual(m.dateline, "WASHINGTON")
    }

    func testCommaSeparatedByline() {
        XCTAssertEqual(meta("Headline\nBY Ann Lee, Bo Chen and Carla de Souza\nText.").byline,
                       ["Ann Lee", "Bo Chen", "Carla de Souza"])
    }

    func testAbsentMetadataIsNilNotInvented() {
        let m = meta("The council met on Tuesday. It approved the budget by a vote of 5 to 2.")
        XCTAssertEqual(m.title, "The council met on Tuesday. It approved the budget by a vote of 5 to 2.")
        XCTAssertEqual(m.byline, [])
        XCTAssertNil(m.publisher)
        XCTAssertNil(m.dateline)
        XCTAssertEqual(meta(""), ArticleMetadata())
    }

    func testSentenceStartingWithByIsNotAByline() {
        XCTAssertEqual(meta("Headline\nBy the end of the year, prices had doubled.").byline, [])
    }

    /// Issue #14: run-on text without a full stop has no headline, not one of megabytes.
    func testRunOnFirstSentenceIsNoHeadline() {
        let long = String(repeating: "Officials said the plan works ", count: 10)
        XCTAssertNil(meta(long + "and more. Then it ended.").title)
        let sentence = String(repeating: "word ", count: 55) + "end."
        XCTAssertEqual(meta(sentence + " " + long).title, sentence)
    }

    /// The first word decides whether a line can be a byline at all, as the full split reads it.
    func testBylineFirstWord() {
        XCTAssertEqual(MetadataExtractor.byline("\u{A0} By Ann Lee"), ["Ann Lee"])
        XCTAssertEqual(MetadataExtractor.byline("— Staff reporter"), ["Staff reporter"])
        XCTAssertNil(MetadataExtractor.byline("By"))
        XCTAssertNil(MetadataExtractor.byline("Bylines are printed under the headline."))
        XCTAssertNil(MetadataExtractor.byline("Ann Lee"))
    }
}
