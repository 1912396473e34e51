import XCTest
@testable import BylineCore

/// Name parts of tagged people found where the tagger missed them, and headline words that
/// are ordinary words.
final class NamePropagationTests: XCTestCase {
    private func profile(_ doc: Document, _ gazetteer: Gazetteer = Gazetteer()) -> TokenProfile {
        TokenProfile(doc, gazetteer: gazetteer, clusters: WordClusters())
    }

    func testNamePartStandingAloneBecomesAPersonMention() {
        let doc = Document("Lin Jian spoke. Later Lin left, and Jian Corp grew.")
        // tokens: Lin Jian spoke . Later Lin left , and Jian Corp grew .
        let spans = [EntityTagger.Span(tokens: 0..<2, label: 0)]
        let out = NamePropagation.addPersonNameParts(spans, person: 0, doc: doc, profile: profile(doc))
        XCTAssertEqual(out.map(\.tokens), [0..<2, 5..<6])
        XCTAssertEqual(out.map(\.label), [0, 0])
    }

    func testWordAlsoWrittenInLowercaseIsNotPropagated() {
        let doc = Document("Will Smith came. Will said he will stay.")
        let spans = [EntityTagger.Span(tokens: 0..<2, label: 0)]
        let out = NamePropagation.addPersonNameParts(spans, person: 0, doc: doc, profile: profile(doc))
        XCTAssertEqual(out.map(\.tokens), [0..<2])
    }

    func testOneWordNameTaggedOtherwiseIsRelabelledUnlessAPlace() {
        var g = Gazetteer()
        g.add("Jordan", to: .country)
        let doc = Document("Michael Jordan and Ruth Bader met. Bader spoke in Jordan.")
        // tokens: Michael Jordan and Ruth Bader met . Bader spoke in Jordan .
        let spans = [EntityTagger.Span(tokens: 0..<2, label: 0), EntityTagger.Span(tokens: 3..<5, label: 0),
                     EntityTagger.Span(tokens: 7..<8, label: 1), EntityTagger.Span(tokens: 10..<11, label: 2)]
        let out = NamePropagation.addPersonNameParts(spans, person: 0, doc: doc, profile: profile(doc, g))
        XCTAssertEqual(out.map(\.label), [0, 0, 0, 2])
    }

    func testHeadlineWordsWrittenInLowercaseInTheBodyAreCommonWords() {
        let doc = Document("Small Donors Back Warren Campaign\nThe campaign counts small donors, Warren said.")
        let p = profile(doc)
        let headline = HeadlineCase(profile: p)
        XCTAssertTrue(headline.isCommonWords(0..<2))    // "Small Donors"
        XCTAssertFalse(headline.isCommonWords(3..<4))   // "Warren": capitalised in the body
        XCTAssertFalse(headline.isCommonWords(6..<7))   // body tokens are never headline words
    }

    func testOneWordPersonThatOpensAnOrganisationNameIsThatOrganisation() {
        let doc = Document("Ruch SA was sold. Buyers wanted Ruch, and Ruch agreed.")
        // tokens: Ruch SA was sold . Buyers wanted Ruch , and Ruch agreed .
        let spans = [EntityTagger.Span(tokens: 0..<2, label: 1), EntityTagger.Span(tokens: 7..<8, label: 0),
                     EntityTagger.Span(tokens: 10..<11, label: 0)]
        let out = NamePropagation.addPersonNameParts(spans, person: 0, organization: 1, doc: doc, profile: profile(doc))
        XCTAssertEqual(out.map(\.label), [1, 1, 1])
    }
}
