import BylineCore
import BylineStore
import Foundation

/// The library backend on SQLite: reads and marks on one serial queue (so a mark is written
/// before the counts that follow it are read), feed updates on another (so the list stays
/// live while they run), and the analysis of an item the cache lacks on a third, cached once
/// made. Results wait in a `ResultInbox` until the reader drains them.
public final class StoreLibraryBackend: LibraryBackend, @unchecked Sendable {
    let library: LibraryStore
    let analyzerVersion: String
    private let updater: FeedUpdating?
    let reads = DispatchQueue(label: "byline.reader.library", qos: .userInitiated)
    private let updates = DispatchQueue(label: "byline.reader.library.update", qos: .utility)
    private let analysis = DispatchQueue(label: "byline.reader.library.analysis", qos: .userInitiated)
    private let inbox = ResultInbox()
    private let analyzer: LazyAnalyzer

    /// - Parameter analyzerVersion: the version cached analyses must have to be used.
    /// - Parameter updater: fetches feeds for `r` and `R`; nil turns updating off.
    public init(library: LibraryStore, analyzerVersion: String, updater: FeedUpdating?, analyzer: Analyzer? = nil) {
        self.library = library
        self.analyzerVersion = analyzerVersion
        self.updater = updater
        self.analyzer = LazyAnalyzer(analyzer)
    }

    public func perform(_ request: LibraryRequest) {
        begin()
        switch request {
        case .update(let ids):
            updates.async { [self] in
                guard let updater else {
                    finish(.library(.updateFinished(summary: "Updating is off in this reader")))
                    return
                }
                let summary = updater.update(feedIDs: ids) { progress in self.post(.library(.updateProgress(progress))) }
                finish(.library(.updateFinished(summary: summary)))
            }
        default:
            reads.async { [self] in
                do {
                    finish(try answer(request))
                } catch {
                    finish(.library(.failed("\(error)")))
                }
            }
        }
    }

    /// Reads or writes for one request on the calling thread (the queue calls it; benchmarks
    /// too); nil when nothing needs to be said back.
    public func answer(_ request: LibraryRequest) throws -> Action? {
        switch request {
        case .loadFeeds:
            return .library(.feedsLoaded(try Self.feedRows(library)))
        case .loadItems(let page):
            let items: [ItemSummary]
            var count: Int?
            switch page.direction {
            case .top:
                items = try library.items(page.scope, olderThan: nil, limit: page.limit, analyzerVersion: analyzerVersion)
                count = try library.count(page.scope)
            case .older:
                items = try library.items(page.scope, olderThan: page.cursor, limit: page.limit, analyzerVersion: analyzerVersion)
            case .newer:
                guard let cursor = page.cursor else { return nil }
                items = try library.items(page.scope, newerThan: cursor, limit: page.limit, analyzerVersion: analyzerVersion)
            case .bottom:
                let oldest = ItemCursor(sortDate: .distantPast, id: Int64.min)
                items = try library.items(page.scope, newerThan: oldest, limit: page.limit, analyzerVersion: analyzerVersion)
                count = try library.count(page.scope)
            }
            return .library(.itemsLoaded(page, items, count: count))
        case .open(let id):
            return try open(id)
        case .setRead(let ids, let read):
            try library.setRead(ids, read)
            return .library(.feedsLoaded(try Self.feedRows(library)))
        case .setStarred(let id, let starred):
            try library.setStarred(id, starred)
            return nil
        case .markAllRead(let scope):
            try library.markAllRead(scope)
            return .library(.feedsLoaded(try Self.feedRows(library)))
        case .nextUnread(let scope, let cursor):
            return .library(.nextUnread(try library.nextUnread(scope, after: cursor, analyzerVersion: analyzerVersion)))
        case .update:
            return nil
        }
    }

    /// Feeds by name with their counts, then "Saved" when some article was saved without a feed.
    static func feedRows(_ library: LibraryStore) throws -> [LibraryBrowser.FeedRow] {
        var rows = try library.feedSummaries().map {
            LibraryBrowser.FeedRow(id: $0.feed.id, name: $0.feed.name, unread: $0.unread, total: $0.total, error: $0.feed.lastError)
        }
        let saved = try library.count(ItemScope(.saved))
        if saved > 0 {
            rows.append(LibraryBrowser.FeedRow(id: nil, name: "Saved", unread: try library.count(ItemScope(.saved, unreadOnly: true)),
                                               total: saved))
        }
        return rows
    }

    /// Marks the item read and reads its text and cached analysis; without one, the text
    /// opens at once and the analysis follows from the analysis queue.
    private func open(_ id: Int64) throws -> Action? {
        guard let item = try library.item(id: id) else { return .library(.failed("the item is no longer in the library")) }
        try library.setRead([id], true)
        post(.library(.feedsLoaded(try Self.feedRows(library))))
        let text = try item.documentID.flatMap { try library.text(documentID: $0) }
            ?? [item.title, item.summary ?? ""].filter { !$0.isEmpty }.joined(separator: "\n\n")
        let metadata = ArticleMetadata(title: item.title, byline: item.authors, url: item.link, site: item.link.flatMap { URL(string: $0)?.host })
        let loaded = LoadedArticle(path: item.link ?? "library item \(id)", text: text, metadata: metadata)
        if let documentID = item.documentID, let cached = try library.analysis(documentID: documentID, analyzerVersion: analyzerVersion),
           let decoded = try? AnalysisJSON.decode(cached.json) {
            return .library(.itemOpened(itemID: id, loaded, decoded, Document(text: ScalarText(text))))
        }
        begin()
        analysis.async { [self] in
            let analyzer = self.analyzer.get()
            let document = Document(text: ScalarText(loaded.text))
            let made = analyzer.analyze(document, path: loaded.path, format: loaded.format, pageMetadata: loaded.metadata)
            if let documentID = item.documentID {
                try? library.cache(CachedAnalysis(documentID: documentID, analyzerVersion: analyzerVersion,
                                                  json: AnalysisJSON.encode(made, pretty: false),
                                                  quotes: made.quotes.count, claims: made.claims.count, analysis: made))
            }
            finish(.library(.itemAnalysed(itemID: id, made, document)))
        }
        return .library(.itemOpened(itemID: id, loaded, nil, nil))
    }

    func begin() { inbox.begin() }

    private func post(_ action: Action) { inbox.post(action) }

    func finish(_ action: Action?) { inbox.finish(action.map { [$0] } ?? []) }

    public func drainResults() -> [Action] { inbox.drain() }

    public func waitForWrites() {
        reads.sync {}
    }

    public var isBusy: Bool { inbox.isBusy }
}
