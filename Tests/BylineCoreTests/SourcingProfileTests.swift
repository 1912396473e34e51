import XCTest
@testable import BylineCore

/// Sourcing profiles: each quote's category from its source node, shares, relay chains, and
/// the sum over an outlet's articles.
final class SourcingProfileTests: XCTestCase {
    private func span(_ text: String) -> Span { Span(start: 0, end: text.unicodeScalars.count, text: text) }

    private func quote(_ id: String, source: String?, speaker: String? = nil, entity: String? = nil) -> Quote {
        Quote(id: id, kind: .indirect, content: span("content"), cue: nil,
              speaker: speaker.map { Speaker(name: $0, entity: entity, mention: nil) }, source: source)
    }

    /// Reuters (publisher) ← Yonhap (outlet) ← "sources" (anonymous); a titled minister; a
    /// named analyst; an unnamed resident; a leaked report; a government ministry; an
    /// organisation; a quote with no speaker.
    private var analysis: Analysis {
        let entities = [
            Entity(id: "E1", name: "Cho Tae-yul", type: .person, mentions: [], title: "Foreign Minister"),
            Entity(id: "E2", name: "Ana Ribeiro", type: .person, mentions: []),
        ]
        let sources = [
            Source(id: "S1", name: "Reuters", kind: .publisher, entity: nil, via: nil),
            Source(id: "S2", name: "Yonhap", kind: .outlet, entity: nil, via: "S1"),
            Source(id: "S3", name: "sources familiar with the matter", kind: .anonymous, entity: nil, via: "S2"),
            Source(id: "S4", name: "Cho Tae-yul", kind: .person, entity: "E1", via: "S1"),
            Source(id: "S5", name: "Ana Ribeiro", kind: .person, entity: "E2", via: "S1"),
            Source(id: "S6", name: "a resident", kind: .person, entity: nil, via: "S1"),
            Source(id: "S7", name: "a leaked report", kind: .document, entity: nil, via: "S2"),
            Source(id: "S8", name: "the ministry", kind: .government, entity: nil, via: "S1"),
            Source(id: "S9", name: "Amnesty International", kind: .organization, entity: nil, via: "S1"),
            Source(id: "S10", name: "Spokesperson Lin Jian", kind: .person, entity: nil, via: "S1"),
        ]
        let quotes = [
            quote("Q1", source: "S3"), quote("Q2", source: "S3"), quote("Q3", source: "S4", speaker: "Cho Tae-yul", entity: "E1"),
            quote("Q4", source: "S5", speaker: "Ana Ribeiro", entity: "E2"), quote("Q5", source: "S6"), quote("Q6", source: "S7"),
            quote("Q7", source: "S8"), quote("Q8", source: "S9"), quote("Q9", source: nil), quote("Q10", source: "S2"),
            quote("Q11", source: "S10"),
        ]
        return Analysis(path: nil, document: DocumentInfo(id: "sha256:x", metadata: ArticleMetadata(), length: 0),
                        entities: entities, quotes: quotes, sources: sources)
    }

    func testEachQuoteFallsInOneCategory() {
        let p = SourcingProfile(analysis)
        XCTAssertEqual(p.quotes, 11)
        XCTAssertEqual(p.counts, [.anonymous: 3, .official: 3, .named: 1, .document: 1, .organization: 1, .unknown: 1, .outlet: 1])
        XCTAssertEqual(p.share(.anonymous), 3.0 / 11.0, accuracy: 1e-9)
        XCTAssertEqual(p.counts.values.reduce(0, +), p.quotes)
    }

    func testLongestChainsHaveARelay() {
        let p = SourcingProfile(analysis)
        XCTAssertEqual(p.longestChains.map(\.names), [
            ["sources familiar with the matter", "Yonhap", "Reuters"],
            ["a leaked report", "Yonhap", "Reuters"],
        ], "source → relay → publisher; chains straight to the publisher are no relay chains")
        XCTAssertEqual(p.longestChains.first?.relays, 1)
    }

    func testViaOfAClaimLeavesThePublisherOut() {
        var a = analysis
        a.claims = [Claim(id: "C1", span: span("x"), source: "S3", score: 0.5, signals: [])]
        XCTAssertEqual(ClaimReport.via(of: a.claims[0], in: a), ["sources familiar with the matter", "Yonhap"])
        a.sources[0].via = "S3"
        XCTAssertEqual(RelayChain.from("S3", in: a)?.names, ["sources familiar with the matter", "Yonhap", "Reuters"],
                       "a looping via stops where it meets the path")
    }

    func testOutletProfileAddsArticles() {
        var outlet = SourcingProfile()
        outlet.add(SourcingProfile(analysis))
        outlet.add(SourcingProfile(analysis))
        XCTAssertEqual(outlet.articles, 2)
        XCTAssertEqual(outlet.quotes, 22)
        XCTAssertEqual(outlet.counts[.anonymous], 6)
        XCTAssertEqual(outlet.longestChains.count, 2, "the same chain is listed once")
    }

    func testNoQuotesNoShares() {
        let empty = Analysis(path: nil, document: DocumentInfo(id: "sha256:y", metadata: ArticleMetadata(), length: 0))
        XCTAssertEqual(SourcingProfile(empty).share(.named), 0)
        XCTAssertEqual(SourcingProfile(empty).longestChains, [])
    }
}
