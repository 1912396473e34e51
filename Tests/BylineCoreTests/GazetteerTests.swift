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

    /// The profile looks each distinct word up once and probes on only past words that start
    /// longer entries: it must find exactly what probing every token finds, in the same order.
    func testWordLookupsFindWhatProbingEveryTokenFinds() throws {
        let resources = try EntityResources.bundled()
        let g = resources.gazetteer
        let doc = Document("The UN envoy met North Korean and South Korean officials in New York and in New Delhi. "
            + "The UN said New York talks with the European Union and the EU went well, Reuters and the BBC reported. "
            + "Foreign Minister Wang Yi of China flew to New York, then to York and the United States.")
        let profile = TokenProfile(doc, gazetteer: g, clusters: resources.clusters)
        var probed: [Gazetteer.Match] = []
        for sentence in doc.sentences {
            g.matches(lowerHashes: profile.lower, wordHashes: profile.word, in: sentence.tokens, into: &probed)
        }
        XCTAssertGreaterThan(probed.count, 12)
        XCTAssertTrue(probed.contains { $0.range.count >= 2 }, "multi-word entries are found")
        XCTAssertTrue(probed.contains { $0.range.count == 1 && doc.string(doc.tokens[$0.range.lowerBound]) == "UN" })
        XCTAssertEqual(profile.matches, probed)
    }
}
