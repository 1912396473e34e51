import XCTest
@testable import BylineCore

/// Titles in front of names are found, and trimmed when a span includes them.
final class TitleFinderTests: XCTestCase {
    private func finder(_ doc: Document) -> TitleFinder {
        var g = Gazetteer()
        for t in ["President", "Foreign Minister", "Minister", "spokesperson"] { g.add(t, to: .title) }
        return TitleFinder(profile: TokenProfile(doc, gazetteer: g, clusters: WordClusters()))
    }

    func testTitleInsideASpanIsTrimmed() {
        let doc = Document("President Joe Biden and Foreign Minister Wang Yi met.")
        // tokens: President Joe Biden and Foreign Minister Wang Yi met .
        let f = finder(doc)
        XCTAssertEqual(f.nameStart(0..<3), 1)
        XCTAssertEqual(f.nameStart(4..<8), 6)
        XCTAssertEqual(f.nameStart(1..<3), 1)
    }

    func testLongestTitleBeforeAName() {
        let doc = Document("Foreign Minister Wang Yi and spokesperson Lin Jian.")
        let f = finder(doc)
        XCTAssertEqual(f.title(before: 2), 0..<2)
        XCTAssertEqual(f.title(before: 6), 5..<6)
        XCTAssertNil(f.title(before: 3))
    }

    func testATitleAloneIsNotTrimmedAway() {
        let doc = Document("The President spoke.")
        XCTAssertEqual(finder(doc).nameStart(1..<2), 1)
    }
}
