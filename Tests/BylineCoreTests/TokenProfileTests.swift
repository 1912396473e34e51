import XCTest
@testable import BylineCore

/// The profile stores each distinct word once: tokens of the same word read the same hashes
/// and word flags, while flags of place (sentence start) and gazetteer bits stay per token.
final class TokenProfileTests: XCTestCase {
    func testTokensOfOneWordShareAnEntryAndKeepTheirOwnPlace() {
        let doc = Document("Smith met Smith. Smith left, smith said.")
        let p = TokenProfile(doc, gazetteer: Gazetteer(), clusters: WordClusters())
        XCTAssertEqual(doc.tokens.count, 10)
        XCTAssertEqual(p.count, 10)
        XCTAssertEqual(p.types.word.count, 7, "Smith met . left , smith said")
        XCTAssertEqual(p.word[0], p.word[2])
        XCTAssertEqual(p.word[0], p.word[4])
        XCTAssertNotEqual(p.word[0], p.word[7])
        XCTAssertEqual(p.lower[0], p.lower[7])
        XCTAssertEqual(p.word[0], FeatureHash.string("Smith", lower: false))
        XCTAssertTrue(p.flags[0].contains(.sentenceStart))
        XCTAssertFalse(p.flags[2].contains(.sentenceStart))
        XCTAssertTrue(p.flags[4].contains(.sentenceStart))
        // "Smith" inside a sentence and "smith" in lowercase: every form of the word knows both.
        for k in [0, 2, 4, 7] {
            XCTAssertTrue(p.flags[k].isSuperset(of: [.docCapitalized, .docLowercase]), "token \(k)")
        }
        XCTAssertTrue(p.flags[7].isDisjoint(with: [.capitalized]))
    }

    func testGazetteerBitsArePerTokenAndPosition() {
        var g = Gazetteer()
        g.add("New York", to: .city)
        g.add("York", to: .city)
        let doc = Document("New York and York and new.")
        let p = TokenProfile(doc, gazetteer: g, clusters: WordClusters())
        let city = Gazetteer.List.city.bit
        XCTAssertEqual((0..<4).map { p.gazetteer[4 * 0 + $0] }, [city, 0, 0, 0], "New: begins New York")
        XCTAssertEqual((0..<4).map { p.gazetteer[4 * 1 + $0] }, [0, 0, city, city], "York: ends New York, is York")
        XCTAssertEqual((0..<4).map { p.gazetteer[4 * 3 + $0] }, [0, 0, 0, city])
        XCTAssertEqual((0..<4).map { p.gazetteer[4 * 5 + $0] }, [0, 0, 0, 0], "new alone is nothing")
        XCTAssertEqual(p.gazetteer.count, 4 * doc.tokens.count)
    }
}
