import BylineCore
import BylineStore
import Foundation
import XCTest

/// ClaimReview for two verdicts on an article of our own quoting Lin Jian: every field
/// schema.org and Google's fact-check markup require, and the speaker as the claim's author.
final class ClaimReviewExportTests: XCTestCase {
    static let article = """
        China says its stance on Ukraine is unchanged

        By Mira Holt

        BEIJING, Nov 12 (Harbour Wire) - China's position on the war has not changed, a foreign ministry spokesman said on Tuesday.
        "China's position on the Ukrainian issue has always been consistent and clear," Lin Jian told reporters at a regular briefing.
        The ministry said trade with Russia had grown by 20 percent this year.
        """

    private func reviews() throws -> [JSONValue] {
        let text = ScalarText(Self.article)
        let analysis = Analyzer().analyze(Document(text: text))
        func range(_ quote: String) -> Range<Int> {
            let hay = text.scalars, needle = Array(quote.unicodeScalars)
            let at = (0...(hay.count - needle.count)).first { hay[$0..<($0 + needle.count)].elementsEqual(needle) }!
            return at..<(at + needle.count)
        }
        let date = Date(timeIntervalSince1970: 1_767_225_600)
        func annotation(_ quote: String, _ verdict: Verdict?, note: String = "") -> ClaimReviewExport.Item {
            let r = range(quote)
            return ClaimReviewExport.Item(
                annotation: Annotation(documentID: analysis.document.id, verdict: verdict, note: note, tags: [], created: date, modified: date,
                                       anchor: TextAnchor(range: r, in: text)),
                range: r, analysis: analysis, articleURL: "https://news.example/china")
        }
        let export = ClaimReviewExport(author: ExportAgent(name: "Example Checks", id: "https://checks.example", type: "Organization"),
                                       url: "https://checks.example/reviews/1")
        let items = [annotation("has always been consistent and clear", .misleading, note: "It shifted in 2022."),
                     annotation("trade with Russia had grown by 20 percent", .supported),
                     annotation("regular briefing", nil)]
        return try XCTUnwrap(try Interchange.object(export.render(items)).array)
    }

    func testEveryRequiredFieldAndTheSpeakerAsThePersonWhoClaimed() throws {
        let all = try reviews()
        XCTAssertEqual(all.count, 2, "one review per verdict, none for an annotation without one")
        for review in all {
            XCTAssertEqual(review["@context"]?.string, "https://schema.org")
            XCTAssertEqual(review["@type"]?.string, "ClaimReview")
            // Required by Google's fact-check markup.
            XCTAssertFalse(review["claimReviewed"]?.string?.isEmpty ?? true)
            XCTAssertNotNil(review["reviewRating"]?["alternateName"]?.string)
            XCTAssertEqual(review["url"]?.string, "https://checks.example/reviews/1")
            // Recommended: author, datePublished, itemReviewed (a Claim with author and appearance).
            XCTAssertEqual(review["author"], .object(["@type": .string("Organization"), "name": .string("Example Checks"), "url": .string("https://checks.example")]))
            XCTAssertEqual(review["datePublished"]?.string, "2026-01-01")
            XCTAssertEqual(review["itemReviewed"]?["@type"]?.string, "Claim")
            let appearance = review["itemReviewed"]?["appearance"]
            XCTAssertEqual(appearance?["url"]?.string, "https://news.example/china")
            XCTAssertEqual(appearance?["headline"]?.string, "China says its stance on Ukraine is unchanged")
            XCTAssertEqual(appearance?["publisher"]?["name"]?.string, "Harbour Wire")
            XCTAssertEqual(review["reviewRating"]?["worstRating"]?.int, 1)
            XCTAssertEqual(review["reviewRating"]?["bestRating"]?.int, 5)
        }
        let lin = all[0]
        XCTAssertTrue(lin["claimReviewed"]?.string?.contains("Lin Jian told reporters") ?? false, "the claim's text, not only the quote")
        XCTAssertEqual(lin["itemReviewed"]?["author"], .object(["@type": .string("Person"), "name": .string("Lin Jian")]))
        XCTAssertEqual(lin["reviewRating"]?["alternateName"]?.string, "Misleading")
        XCTAssertEqual(lin["reviewRating"]?["ratingValue"]?.int, 2)
        XCTAssertEqual(lin["reviewBody"]?.string, "It shifted in 2022.")
        XCTAssertEqual(all[1]["itemReviewed"]?["author"]?["@type"]?.string, "Organization", "the ministry")
        XCTAssertEqual(all[1]["reviewRating"]?["ratingValue"]?.int, 5)
    }

    func testTheRatingScaleIsOrderedAndUnverifiableHasNoValue() {
        let scale = [Verdict.false, .misleading, .disputed, .needsContext, .supported].map(ClaimReviewExport.ratingValue)
        XCTAssertEqual(scale, [1, 2, 3, 4, 5])
        XCTAssertNil(ClaimReviewExport.ratingValue(.unverifiable))
    }
}
