import BylineCore
@testable import BylineStore
import Foundation
import XCTest

/// The claim index in the store: claims of library articles are grouped as their analyses
/// arrive, reading only the new ones; groups merge when a new report bridges them; an
/// annotation is copied onto the other reports of its claim.
final class ClaimIndexTests: XCTestCase {
    static let seoul = "North Korea has deployed over 10,000 troops to Russia to support its war in Ukraine, South Korea's spy agency said on Friday."
    static let harbor = "Over 10 thousand North Korean troops have been deployed to Russia to support its war in Ukraine, according to South Korea's spy agency."
    static let capital = "North Korea has deployed more than 10,000 troops to Russia to support its war in Ukraine, South Korean intelligence officials said on Friday."
    static let fewer = "North Korea has deployed over 1,000 troops to Russia to support its war in Ukraine, a Washington think tank said on Friday."
    static let filler = "The weather in the capital was mild for the season and markets were calm."

    /// A text of these sentences and an analysis whose claims are the sentences, the first
    /// attributed to an anonymous source relayed by Yonhap.
    static func article(_ sentences: [String], publisher: String? = nil) -> (ArticleText, CachedAnalysis) {
        let text = sentences.joined(separator: " ")
        var claims: [Claim] = []
        var at = 0
        for (n, s) in sentences.enumerated() {
            let length = s.unicodeScalars.count
            claims.append(Claim(id: "C\(n + 1)", span: Span(start: at, end: at + length, text: s), source: n == 0 ? "S3" : nil,
                                score: 0.6, signals: ["number"]))
            at += length + 1
        }
        let sources = [
            Source(id: "S1", name: publisher ?? "Publisher", kind: .publisher, entity: nil, via: nil),
            Source(id: "S2", name: "Yonhap", kind: .outlet, entity: nil, via: "S1"),
            Source(id: "S3", name: "South Korea's spy agency", kind: .government, entity: nil, via: "S2"),
        ]
        let id = DocumentID.of(text)
        let analysis = Analysis(path: nil, document: DocumentInfo(id: id, metadata: ArticleMetadata(publisher: publisher), length: at),
                                sources: sources, claims: claims)
        let articleText = ArticleText(documentID: id, text: text, title: nil, length: text.unicodeScalars.count, source: .feed)
        return (articleText, CachedAnalysis(documentID: id, analyzerVersion: LibraryFixture.analyzerVersion,
                                            json: AnalysisJSON.encode(analysis, pretty: false), quotes: 0, claims: claims.count))
    }

    /// Subscribes to a feed `name` with one item dated `day` holding `sentences`; returns the text.
    @discardableResult
    private func feedArticle(_ f: LibraryFixture, _ name: String, day: Int, _ sentences: [String]) throws -> ArticleText {
        let feed = try f.library.addFeed(url: "https://\(name).example/feed.xml", name: name)
        let result = try f.library.record(LibraryFixture.fetched([LibraryFixture.entry(day, day: day, link: "https://\(name).example/\(day).html")]),
                                          feedID: feed.id)
        let (text, analysis) = Self.article(sentences)
        try f.library.storeText(text, analysis: analysis, itemID: result.newItems[0])
        return text
    }

    func testReportsAreGroupedIncrementallyInReportingOrder() throws {
        let f = try LibraryFixture()
        let index = ClaimIndex(store: f.store)
        try feedArticle(f, "seoul", day: 2, [Self.filler, Self.seoul])
        try feedArticle(f, "harbor", day: 1, [Self.harbor])
        let first = try index.indexPending(analyzerVersion: LibraryFixture.analyzerVersion)
        XCTAssertEqual(first.documents, 2)
        XCTAssertEqual(first.claims, 3)
        XCTAssertEqual(first.matched, 1)
        var groups = try index.groups()
        XCTAssertEqual(groups.count, 1)
        XCTAssertEqual(groups.first?.reports.map(\.outlet), ["harbor", "seoul"], "by publication date")
        XCTAssertEqual(groups.first?.reports.map(\.claimID), ["C1", "C2"])
        XCTAssertEqual(groups.first?.reports.first?.via, ["South Korea's spy agency", "Yonhap"])
        XCTAssertEqual(groups.first?.reports.first?.location, "https://harbor.example/1.html")
        let id = try XCTUnwrap(groups.first?.id)

        XCTAssertEqual(try index.indexPending(analyzerVersion: LibraryFixture.analyzerVersion), ClaimIndex.Outcome(),
                       "nothing new: nothing is read again")
        try feedArticle(f, "capital", day: 3, [Self.capital])
        try feedArticle(f, "ledger", day: 4, [Self.fewer])
        let second = try index.indexPending(analyzerVersion: LibraryFixture.analyzerVersion)
        XCTAssertEqual(second.documents, 2, "only the new articles are read")
        XCTAssertEqual(second.matched, 1, "the capital's report joins; 1,000 troops is another claim")
        groups = try index.groups()
        XCTAssertEqual(groups.map(\.id), [id], "the group keeps its id")
        XCTAssertEqual(groups.first?.reports.map(\.outlet), ["harbor", "seoul", "capital"])
        XCTAssertEqual(try index.group(id: Int64(id))?.articles, 3)
        XCTAssertNil(try index.group(id: 9_999))
    }

    func testANewReportBridgesTwoGroups() throws {
        let f = try LibraryFixture()
        let index = ClaimIndex(store: f.store)
        try feedArticle(f, "a", day: 1, ["alpha bravo charlie delta echo foxtrot"])
        try feedArticle(f, "c", day: 2, ["echo foxtrot golf hotel india juliet"])
        try index.indexPending(analyzerVersion: LibraryFixture.analyzerVersion)
        XCTAssertEqual(try index.groups(), [], "A and C share too little")
        try feedArticle(f, "b", day: 3, ["alpha bravo charlie delta echo foxtrot golf hotel india juliet"])
        try index.indexPending(analyzerVersion: LibraryFixture.analyzerVersion)
        let groups = try index.groups()
        XCTAssertEqual(groups.count, 1)
        XCTAssertEqual(groups.first?.reports.map(\.outlet), ["a", "c", "b"])
        XCTAssertEqual(groups.first?.id, 1, "the merged group takes the smallest id")
    }

    /// Indexing a document again (a new analysis) replaces its claims and band keys; a batch
    /// naming one document twice keeps the last; claims of one batch group with each other.
    func testIndexingADocumentAgainReplacesItsClaims() throws {
        let f = try LibraryFixture()
        let index = ClaimIndex(store: f.store)
        let seoul = try feedArticle(f, "seoul", day: 1, [Self.seoul])
        let harbor = try feedArticle(f, "harbor", day: 2, [Self.harbor])
        let analyzer = Analyzer()
        let seoulAnalysis = analyzer.analyze(seoul.text), harborAnalysis = analyzer.analyze(harbor.text)
        let first = try index.index([(seoul.documentID, seoulAnalysis), (harbor.documentID, harborAnalysis)], analyzerVersion: "v1")
        XCTAssertEqual(first.matched, 1, "the second claim of the batch joins the first")
        let again = try index.index([(seoul.documentID, nil), (seoul.documentID, seoulAnalysis)], analyzerVersion: "v2")
        XCTAssertEqual(again.documents, 1)
        XCTAssertEqual(again.matched, 1)
        let groups = try index.groups()
        XCTAssertEqual(groups.count, 1)
        XCTAssertEqual(groups.first?.reports.map(\.documentID).sorted(), [seoul.documentID, harbor.documentID].sorted())
        let stale = try f.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim_band WHERE sentenceId NOT IN (SELECT id FROM claim_sentence)")
        }
        XCTAssertEqual(stale, 0, "the old claims' band keys are gone")
    }

    func testAnAnalysisOfAnotherVersionIsIndexedAgain() throws {
        let f = try LibraryFixture()
        let index = ClaimIndex(store: f.store)
        try feedArticle(f, "seoul", day: 1, [Self.seoul])
        try index.indexPending(analyzerVersion: LibraryFixture.analyzerVersion)
        XCTAssertEqual(try index.pendingDocuments(analyzerVersion: "other/2"), [])
        XCTAssertEqual(try index.unanalysedDocuments(analyzerVersion: "other/2").count, 1)
    }

    func testOtherReportsAndCopyingAnAnnotation() throws {
        let f = try LibraryFixture()
        let index = ClaimIndex(store: f.store)
        let seoul = try feedArticle(f, "seoul", day: 1, [Self.filler, Self.seoul])
        let harbor = try feedArticle(f, "harbor", day: 2, [Self.harbor])
        try feedArticle(f, "capital", day: 3, [Self.capital])
        try index.indexPending(analyzerVersion: LibraryFixture.analyzerVersion)
        let start = Self.filler.unicodeScalars.count + 1
        let range = start..<(start + Self.seoul.unicodeScalars.count)
        let others = try XCTUnwrap(try index.otherReports(documentID: seoul.documentID, range: range))
        XCTAssertEqual(others.reports.map(\.outlet), ["harbor", "capital"])
        XCTAssertNil(try index.otherReports(documentID: seoul.documentID, range: 0..<10), "the filler is in no group")

        let scalars = ScalarText(seoul.text)
        let annotation = try f.store.add(AnnotationDraft(verdict: .disputed, note: "one source only", tags: ["dprk"]),
                                         anchor: TextAnchor(range: range, in: scalars),
                                         document: DocumentRecord(id: seoul.documentID, path: nil, title: nil, length: scalars.count))
        XCTAssertEqual(try index.copy(annotation, to: others.reports), 2)
        let copied = try f.store.annotations(documentID: harbor.documentID)
        XCTAssertEqual(copied.map(\.verdict), [.disputed])
        XCTAssertEqual(copied.first?.note, "one source only")
        XCTAssertEqual(copied.first?.tags, ["dprk"])
        XCTAssertEqual(copied.first?.anchor.exact, Self.harbor)
        XCTAssertEqual(try index.copy(annotation, to: others.reports), 0, "a report already annotated there is skipped")
    }
}
