import BylineCore
import BylineFeeds
import BylineFetch
import BylineStore
import BylineWeb
import Foundation

/// `feeds update`: fetches feeds on a bounded number of threads, one host at a time per
/// `HostSchedule` slot, records each in its own transaction, then gives every new item its
/// text (the feed's full content, else its page, else its summary) and analysis. A feed that
/// fails is recorded with its error and never stops the others.
struct FeedUpdater: Sendable {
    let library: LibraryStore
    let source: FeedSource
    let pages: PageFetcher
    let schedule: HostSchedule
    let article: LibraryArticle
    /// Fetch items' pages when the feed has no full text.
    let fetchPages: Bool
    let jobs: Int

    /// Texts stored per transaction.
    static let textBatch = 25

    func update(_ feeds: [LibraryFeed], progress: ProgressLine?) -> [FeedUpdateReport] {
        let reports = ReportBox(count: feeds.count)
        BoundedWorkers.run(count: feeds.count, jobs: jobs) { index in
            let report = self.update(feeds[index])
            reports.set(index, report)
            progress?.finished(feeds[index].name)
        }
        // The new texts' claims join their groups across articles; only what is new is read.
        if article.analyzer != nil { _ = try? ClaimIndex(store: library.store).indexPending(analyzerVersion: LibraryArticle.analyzerVersion) }
        return reports.all
    }

    func update(_ feed: LibraryFeed) -> FeedUpdateReport {
        var report = FeedUpdateReport(name: feed.name)
        if let until = feed.retryNotBefore, until > Date() {
            report.skipped = "the server asked to wait until \(Timestamps.local(until))"
            return report
        }
        do {
            let download: FeedSource.Download
            do { download = try source.download(feed) } catch {
                report.error = error.message
                try library.record(.failed(error.message, retryNotBefore: error.retryAfter.map { Date().addingTimeInterval($0) }),
                                   feedID: feed.id)
                return report
            }
            guard case .document(let bytes, let contentType, let baseURL, let etag, let lastModified) = download else {
                report.notModified = true
                try library.record(.notModified, feedID: feed.id)
                return report
            }
            let parsed: ParsedFeed
            do { parsed = try FeedParser.parse(bytes, url: baseURL, contentType: contentType) } catch {
                report.error = error.description
                try library.record(.failed(error.description, retryNotBefore: nil), feedID: feed.id)
                return report
            }
            let drafts = parsed.entries.map(Self.draft)
            let result = try library.record(.fetched(title: parsed.title, siteLink: parsed.siteLink, format: parsed.format.rawValue,
                                                     entries: drafts, etag: etag, lastModified: lastModified), feedID: feed.id)
            report.newItems = result.newItems.count
            report.changed = result.changed
            report.pruned = result.pruned
            report.pageErrors = try fillTexts(feed: feed, entries: parsed.entries)
        } catch {
            report.error = "the library could not be written: \(error)"
        }
        return report
    }

    /// Gives a text to each item of the feed that has none yet; returns how many pages failed.
    private func fillTexts(feed: LibraryFeed, entries: [FeedEntry]) throws -> Int {
        var byKey: [String: FeedEntry] = [:]
        for entry in entries {
            if let guid = entry.guid { byKey["g:" + guid] = entry }
            if let link = entry.link { byKey["l:" + link] = entry }
        }
        var failures = 0
        var batch: [ItemText] = []
        for item in try library.itemsNeedingText(feedID: feed.id) {
            let entry = item.guid.flatMap { byKey["g:" + $0] } ?? item.link.flatMap { byKey["l:" + $0] }
            var loaded: (LoadedArticle, ArticleText.Source)?
            var pageError: String?
            let content = entry?.content.flatMap { LibraryArticle.fromFeedContent($0, title: item.title, link: item.link) }
            if let content, content.text.unicodeScalars.count >= LibraryArticle.fullTextMinimum {
                loaded = (content, .feed)
            } else if fetchPages, let link = item.link {
                do { loaded = (try loadPage(link), .page) } catch { pageError = "\(error)" }
            }
            if loaded == nil {
                if let content { loaded = (content, .feed) } else if let fallback = Self.summaryArticle(item) { loaded = (fallback, .summary) }
            }
            if pageError != nil { failures += 1 }
            guard let (article, kind) = loaded else { continue }
            let (text, analysis) = self.article.text(of: article, title: item.title, source: kind)
            batch.append(ItemText(itemID: item.id, text: text, analysis: analysis, error: pageError))
            // A transaction (one disk sync) per batch; what a crash loses is fetched again.
            if batch.count == Self.textBatch {
                try library.storeTexts(batch)
                batch = []
            }
        }
        try library.storeTexts(batch)
        return failures
    }

    /// An item's page: fetched when it is on the web, read when it is a local file.
    private func loadPage(_ link: String) throws -> LoadedArticle {
        if WebAddress.isWebAddress(link) {
            schedule.wait(for: URL(string: link)?.host)
            return try ArticleInput.article(from: try pages.fetch(link))
        }
        if let url = URL(string: link), url.isFileURL {
            return try WebArticleLoader.loader().load(url.path)
        }
        throw FetchError.unsupportedScheme(url: link, scheme: URL(string: link)?.scheme ?? "")
    }

    static func summaryArticle(_ item: LibraryItem) -> LoadedArticle? {
        let text = [item.title, item.summary ?? ""].filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? nil : LoadedArticle(path: item.link ?? "feed", text: text)
    }

    static func draft(_ entry: FeedEntry) -> ItemDraft {
        ItemDraft(guid: entry.guid, link: entry.link, title: entry.title, authors: entry.authors, published: entry.published,
                  updated: entry.updated, summary: entry.summary)
    }
}

/// The reports of parallel updates, in feed order.
final class ReportBox: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [FeedUpdateReport?]

    init(count: Int) { reports = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ report: FeedUpdateReport) {
        lock.lock()
        reports[index] = report
        lock.unlock()
    }

    var all: [FeedUpdateReport] {
        lock.lock()
        defer { lock.unlock() }
        return reports.compactMap { $0 }
    }
}
