import XCTest
@testable import BylineCore

/// The bundled gazetteers load and match token sequences case-insensitively.
final class GazetteerTests: XCTestCase {
    func testBundledListsLoad() throws {
        let resources = try EntityResources.bundled()
        let g = resources.gazetteer
        XCTAssertGreaterThan(g.entryCount, 5_000)
        XCTAssertTrue(g.contains("Reuters", in: .outlet))
        XCTAssertTrue(g.contains("Xinhua", in: .outlet))
        XCTAssertTrue(g.contains("north korea", in: .country))
        XCTAssertTrue(g.contains("North Korean", in: .demonym))
        XCTAssertTrue(g.contains("Foreign Minister", in: .title))
        XCTAssertTrue(g.contains("Indo-Pacific", in: .region))
        XCTAssertFalse(g.contains("Reuters", in: .country))
        XCTAssertGreaterThan(resources.clusters.count, 10_000)
        XCTAssertEqual(resources.aliases.key("U.S."), resources.aliases.key("the United States"))
    }

    func testMatchesLongAndShortEntriesInsideASentence() {
        var g = Gazetteer()
        g.add("New York", to: .city)
        g.add("York", to: .city)
        g.add("President", to: .title)
        let doc = Document("President Smith flew to NEW YORK today.")
        let profile = TokenProfile(doc, gazetteer: g, clusters: WordClusters())
        XCTAssertEqual(profile.matches.map(\.range), [0..<1, 4..<6, 5..<6])
        XCTAssertEqual(profile.matches.map(\.lists), [Gazetteer.List.title.bit, Gazetteer.List.city.bit, Gazetteer.List.city.bit])
    }
}
