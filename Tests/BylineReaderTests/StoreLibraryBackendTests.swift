import BylineCore
import BylineStore
import Foundation
import XCTest
@testable import BylineReader

/// The reader's library backend on a real SQLite library: feeds with counts and "Saved",
/// pages by keyset, opening marks read and uses the cached analysis of this analyser version,
/// else analyses once off the calling thread and caches it.
final class StoreLibraryBackendTests: XCTestCase {
    private var path: String!

    override func setUpWithError() throws {
        path = NSTemporaryDirectory() + "byline-reader-library-\(UUID().uuidString).sqlite"
    }

    override func tearDownWithError() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private func library() throws -> (LibraryStore, [Int64]) {
        let library = LibraryStore(store: try AnnotationStore(path: path))
        let feed = try library.addFeed(url: "/feeds/harbour.xml", name: "harbour")
        let drafts = (0..<3).map { n in
            ItemDraft(guid: "g\(n)", link: "https://harbour.example/\(n).html", title: "Story \(n)",
                      published: Date(timeIntervalSince1970: 1_790_000_000 + Double(n) * 60), summary: "Summary \(n).")
        }
        let ids = try library.record(.fetched(title: "Harbour", siteLink: nil, format: "RSS 2.0", entries: drafts, etag: nil,
                                              lastModified: nil), feedID: feed.id).newItems
        for (n, id) in ids.enumerated() {
            let body = "Story \(n). \"The barrier will hold,\" the mayor said on Monday."
            let text = BylineStore.ArticleText(documentID: DocumentID.of(body), text: body, title: "Story \(n)",
                                               length: body.unicodeScalars.count, source: .feed)
            var cached: CachedAnalysis?
            if n == 0 {
                let analysis = Analyzer().analyze(body)
                cached = CachedAnalysis(documentID: text.documentID, analyzerVersion: "test-1", json: AnalysisJSON.encode(analysis, pretty: false),
                                        quotes: analysis.quotes.count, claims: analysis.claims.count)
            }
            try library.storeText(text, analysis: cached, itemID: id)
        }
        return (library, ids)
    }

    private func drain(_ backend: StoreLibraryBackend) -> [Action] {
        var out: [Action] = []
        let deadline = Date().addingTimeInterval(30)
        while backend.isBusy && Date() < deadline {
            out += backend.drainResults()
            usleep(10_000)
        }
        return out + backend.drainResults()
    }

    func testFeedsPagesAndOpeningFromTheCacheOrByAnalysingOnce() throws {
        let (library, ids) = try library()
        let backend = StoreLibraryBackend(library: library, analyzerVersion: "test-1", updater: nil)

        guard case .library(.feedsLoaded(let rows))? = try backend.answer(.loadFeeds) else { return XCTFail("feeds") }
        XCTAssertEqual(rows, [LibraryBrowser.FeedRow(id: 1, name: "harbour", unread: 3, total: 3)])

        let page = ItemPage(scope: ItemScope(.feed(1)), direction: .top, cursor: nil, limit: 2, generation: 1)
        guard case .library(.itemsLoaded(_, let first, let count))? = try backend.answer(.loadItems(page)) else { return XCTFail("items") }
        XCTAssertEqual(first.map(\.title), ["Story 2", "Story 1"], "newest first")
        XCTAssertEqual(count, 3)
        var older = page
        older.direction = .older
        older.cursor = first.last?.cursor
        guard case .library(.itemsLoaded(_, let rest, _))? = try backend.answer(.loadItems(older)) else { return XCTFail("older") }
        XCTAssertEqual(rest.map(\.title), ["Story 0"])
        XCTAssertNotNil(rest.first?.quotes, "the cached analysis gives the counts")
        XCTAssertNil(first.last?.quotes, "none before it is analysed")

        // Story 0 has an analysis of this version: it opens analysed, and is read.
        backend.perform(.open(itemID: ids[0]))
        var opened = drain(backend).compactMap { action -> Analysis?? in
            if case .library(.itemOpened(_, _, let analysis, _)) = action { return .some(analysis) }
            return nil
        }
        XCTAssertEqual(opened.count, 1)
        XCTAssertNotNil(opened.first ?? nil, "from the cache")
        XCTAssertEqual(try library.item(id: ids[0])?.read, true)

        // Story 1 has none: it opens at once without, and the analysis follows and is cached.
        backend.perform(.open(itemID: ids[1]))
        let actions = drain(backend)
        opened = actions.compactMap { action -> Analysis?? in
            if case .library(.itemOpened(_, _, let analysis, _)) = action { return .some(analysis) }
            return nil
        }
        XCTAssertEqual(opened.count, 1)
        XCTAssertNil(opened.first ?? nil)
        XCTAssertTrue(actions.contains { if case .library(.itemAnalysed(let id, _, _)) = $0 { return id == ids[1] } else { return false } })
        let text = try XCTUnwrap(library.item(id: ids[1])?.documentID)
        XCTAssertNotNil(try library.analysis(documentID: text, analyzerVersion: "test-1"), "cached once made")
        XCTAssertNil(try library.analysis(documentID: text, analyzerVersion: "test-2"), "keyed by analyser version")

        // Marks are written; the counts that follow them say so.
        backend.perform(.setStarred(ids[2], true))
        backend.perform(.setRead([ids[1]], false))
        let marked = drain(backend)
        backend.waitForWrites()
        XCTAssertEqual(try library.item(id: ids[2])?.starred, true)
        guard case .library(.feedsLoaded(let after))? = marked.last else { return XCTFail("counts after a mark") }
        XCTAssertEqual(after.first?.unread, 2)
        backend.perform(.markAllRead(ItemScope(.feed(1))))
        _ = drain(backend)
        XCTAssertEqual(try library.unreadCounts()[1] ?? 0, 0)
    }

    func testSavedArticlesAreAnEntryOfTheirOwn() throws {
        let (library, _) = try library()
        let body = "A saved page. The minister said nothing."
        try library.save(ItemDraft(link: "https://example.com/saved.html", title: "Saved page"),
                         text: BylineStore.ArticleText(documentID: DocumentID.of(body), text: body, title: "Saved page",
                                                       length: body.unicodeScalars.count, source: .file),
                         analysis: nil)
        let rows = try StoreLibraryBackend.feedRows(library)
        XCTAssertEqual(rows.last, LibraryBrowser.FeedRow(id: nil, name: "Saved", unread: 1, total: 1))
    }
}
