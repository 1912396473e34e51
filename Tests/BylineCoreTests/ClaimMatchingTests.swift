import XCTest
@testable import BylineCore

/// Near-duplicate matching of claim sentences: normalisation, numbers, polarity, MinHash/LSH
/// and grouping, on the wordings several outlets give one report and on near misses.
final class ClaimMatchingTests: XCTestCase {
    static let seoul = "North Korea has deployed over 10,000 troops to Russia to support its war in Ukraine, South Korea's spy agency said on Friday."
    static let harbor = "Over 10 thousand North Korean troops have been deployed to Russia to support its war in Ukraine, according to South Korea's spy agency."
    static let wire = "SEOUL, Oct 18 (Global Wire) - North Korea has deployed ten thousand troops to Russia to support the war in Ukraine, South Korea's National Intelligence Service said on Friday, according to Yonhap."
    static let capital = "WASHINGTON — North Korea has deployed more than 10,000 troops to Russia to support its war in Ukraine, South Korean intelligence officials said on Friday, citing satellite images."
    static let fewer = "North Korea has deployed over 1,000 troops to Russia to support its war in Ukraine, South Korea's spy agency said on Friday."
    static let denied = "North Korea has not deployed troops to Russia to support its war in Ukraine, contrary to what South Korea's spy agency said on Friday, the foreign ministry in Pyongyang said."
    static let food = "Russia has sent over 10,000 tonnes of food and fuel to North Korea since the summer, according to customs data."

    private func fingerprint(_ text: String) throws -> ClaimFingerprint { try XCTUnwrap(ClaimFingerprint(text: text), text) }

    func testNumbersAreTheirValueWhateverTheWriting() {
        XCTAssertEqual(ClaimWords("over 10,000 troops").numbers, ["10000"])
        XCTAssertEqual(ClaimWords("ten thousand troops").numbers, ["10000"])
        XCTAssertEqual(ClaimWords("10 thousand troops").numbers, ["10000"])
        XCTAssertEqual(ClaimWords("2.3 billion euros and 2,300 million more").numbers, ["2300000000"])
        XCTAssertEqual(ClaimWords("two hundred and fifty people in the 1990s, 4.50 each").numbers, ["1990", "250", "4.5"])
        XCTAssertEqual(ClaimWords("one of the largest, 1,500 special forces").numbers, ["1500"], "\"one\" alone is no number")
        XCTAssertEqual(ClaimWords("prices rose 5%").tokens, ClaimWords("prices rose 5 percent").tokens)
        XCTAssertEqual(ClaimWords("troops on the 10th").numbers, ["10"])
    }

    func testWordsAreCaseStopWordAndInflectionFree() {
        XCTAssertEqual(ClaimWords("The TROOPS were deployed, officials said.").tokens,
                       ClaimWords("troop deploy official").tokens)
        XCTAssertEqual(ClaimWords("Casualties deployed").tokens, ClaimWords("casualty deploying").tokens)
        XCTAssertEqual(ClaimWords("Sevilla’s mayor").tokens, ClaimWords("sevilla mayor").tokens, "the possessive goes")
        XCTAssertEqual(ClaimWords("SÃO PAULO said").tokens, ClaimWords("são paulo").tokens, "non-ASCII letters are lowercased too")
    }

    func testNegationIsSeen() {
        XCTAssertTrue(ClaimWords("It has not deployed troops").negated)
        XCTAssertTrue(ClaimWords("It hasn’t deployed troops").negated)
        XCTAssertTrue(ClaimWords("It won't deploy troops").negated)
        XCTAssertTrue(ClaimWords("No troops were deployed").negated)
        XCTAssertFalse(ClaimWords("It has deployed troops and won the vote").negated)
    }

    func testWireDatelineIsLeftOut() {
        XCTAssertEqual(ClaimWords("SEOUL, Oct 18 (Yonhap) - Troops moved north").tokens, ClaimWords("Troops moved north").tokens)
        XCTAssertEqual(ClaimWords("WASHINGTON — Troops moved north").tokens, ClaimWords("Troops moved north").tokens)
        XCTAssertEqual(ClaimWords("Prices - and wages - rose").tokens.count, 3, "a dash in a sentence is not a dateline")
    }

    func testOneReportInFourWordingsMatches() throws {
        let all = try [Self.seoul, Self.harbor, Self.wire, Self.capital].map(fingerprint)
        XCTAssertTrue(all[0].matches(all[1]), "\(all[0].jaccard(all[1]))")
        XCTAssertTrue(all[0].matches(all[2]), "\(all[0].jaccard(all[2]))")
        XCTAssertTrue(all[0].matches(all[3]), "\(all[0].jaccard(all[3]))")
        XCTAssertTrue(all[1].matches(all[2]), "\(all[1].jaccard(all[2]))")
    }

    func testNearMissesDoNotMatch() throws {
        let seoul = try fingerprint(Self.seoul)
        let fewer = try fingerprint(Self.fewer)
        XCTAssertGreaterThan(seoul.jaccard(fewer), 0.5, "alike in words…")
        XCTAssertFalse(seoul.matches(fewer), "…but 10,000 is not 1,000")
        let denied = try fingerprint(Self.denied)
        XCTAssertGreaterThan(seoul.jaccard(denied), 0.5)
        XCTAssertFalse(seoul.matches(denied), "a denial is not the claim")
        XCTAssertFalse(seoul.matches(try fingerprint(Self.food)), "the same words about something else")
    }

    func testNumbersOfOneMustAllBeInTheOther() {
        let a = ClaimFingerprint(shingles: [1, 2, 3, 4, 5], numbers: ["10000"], negated: false)
        let b = ClaimFingerprint(shingles: [1, 2, 3, 4, 5], numbers: ["10000", "2024"], negated: false)
        let c = ClaimFingerprint(shingles: [1, 2, 3, 4, 5], numbers: [], negated: false)
        let d = ClaimFingerprint(shingles: [1, 2, 3, 4, 5], numbers: ["1000", "2024"], negated: false)
        XCTAssertTrue(a.matches(b))
        XCTAssertTrue(a.matches(c))
        XCTAssertFalse(b.matches(d))
    }

    func testShortSentencesHaveNoFingerprint() {
        XCTAssertNil(ClaimFingerprint(text: "He said it was so."))
        XCTAssertNotNil(ClaimFingerprint(text: Self.seoul))
    }

    /// Signatures and band keys are fixed functions of the words: the same on every run and
    /// machine (they are stored in SQLite), so they are pinned here.
    func testBandKeysAreDeterministic() throws {
        let keys = try fingerprint(Self.seoul).bandKeys
        XCTAssertEqual(keys.count, 25)
        XCTAssertEqual(keys, try fingerprint(Self.seoul).bandKeys)
        XCTAssertEqual(keys.first, Self.pinnedFirstKey, "band keys changed: bump ClaimFingerprint.version")
        XCTAssertEqual(MinHash.standard.signature(of: [42]).count, 75)
        XCTAssertEqual(MinHash.standard.signature(of: []), Array(repeating: UInt64.max, count: 75))
    }

    static let pinnedFirstKey: UInt64 = 8_266_109_782_988_219_228

    func testSimilarSetsShareBandsAndDifferentOnesRarelyDo() {
        let base = Array(UInt64(1)...UInt64(20))
        let near = Array(UInt64(1)...UInt64(18)) + [100, 101]
        let far = Array(UInt64(200)...UInt64(220))
        let m = MinHash.standard
        XCTAssertFalse(Set(m.bandKeys(of: base)).isDisjoint(with: m.bandKeys(of: near)))
        XCTAssertTrue(Set(m.bandKeys(of: base)).isDisjoint(with: m.bandKeys(of: far)))
    }

    func testGrouperJoinsReportsAndKeepsNearMissesApart() {
        var grouper = ClaimGrouper()
        let texts = [Self.seoul, Self.fewer, Self.harbor, Self.denied, Self.wire, Self.food, Self.capital]
        for (n, text) in texts.enumerated() { grouper.add(document: n, ClaimFingerprint(text: text)) }
        XCTAssertEqual(grouper.groups(), [[0, 2, 4, 6]])
        XCTAssertEqual(grouper.groups(minimumDocuments: 1).count, 4)
    }

    func testGrouperNeedsTwoArticles() {
        var grouper = ClaimGrouper()
        grouper.add(document: 0, ClaimFingerprint(text: Self.seoul))
        grouper.add(document: 0, ClaimFingerprint(text: Self.harbor))
        XCTAssertEqual(grouper.groups(), [], "one article repeating itself is not several outlets")
        grouper.add(document: 1, nil)
        XCTAssertEqual(grouper.groups(minimumDocuments: 1), [[0, 1], [2]])
    }

    /// One sentence in 2,000 articles: each new copy meets the group through one find, not a
    /// verification per earlier copy (which would be two million).
    func testGroupingIsNotAllPairs() {
        var grouper = ClaimGrouper()
        let fingerprint = ClaimFingerprint(text: Self.seoul)
        for n in 0..<2_000 { grouper.add(document: n, fingerprint) }
        XCTAssertEqual(grouper.groups().map(\.count), [2_000])
        XCTAssertEqual(grouper.verifications, 1_999)
    }

    func testUnionFindChains() {
        var sets = UnionFind()
        for _ in 0..<5 { sets.add() }
        sets.union(0, 1)
        sets.union(3, 4)
        sets.union(1, 4)
        XCTAssertEqual(sets.find(0), sets.find(3))
        XCTAssertNotEqual(sets.find(2), sets.find(0))
    }
}

extension ClaimMatchingTests {
    func testPublicationDatesAreReadAsArticlesWriteThem() {
        XCTAssertEqual(PublishedDate.parse("2024-10-18T08:00:00+09:00"), Date(timeIntervalSince1970: 1_729_206_000))
        XCTAssertEqual(PublishedDate.parse("2024-10-17T23:00:00Z"), Date(timeIntervalSince1970: 1_729_206_000))
        XCTAssertEqual(PublishedDate.parse("2024-10-17T23:00:00.250Z"), Date(timeIntervalSince1970: 1_729_206_000))
        XCTAssertEqual(PublishedDate.parse("2024-10-17T18:30-0430"), Date(timeIntervalSince1970: 1_729_206_000))
        XCTAssertEqual(PublishedDate.parse("2024-10-17"), Date(timeIntervalSince1970: 1_729_123_200))
        XCTAssertEqual(PublishedDate.parse("1969-12-31"), Date(timeIntervalSince1970: -86_400))
        XCTAssertNil(PublishedDate.parse("yesterday"))
        XCTAssertNil(PublishedDate.parse("2024-13-01"))
    }
}
