import BylineCore
import BylineReader
import BylineStore
import BylineWeb
import Foundation

/// The reader's `r` and `R`: the feed updater of `byline feeds update`, with its progress
/// reported to the status bar instead of standard error, and its reports summed up in a line.
struct ReaderFeedUpdates: FeedUpdating {
    let updater: FeedUpdater

    init(library: LibraryStore, web: WebOptions) {
        updater = FeedsUpdate.updater(library: library, web: web, jobs: 4, hostDelay: 1, pages: true, analyze: true)
    }

    func update(feedIDs: [Int64]?, progress: @escaping @Sendable (UpdateProgress) -> Void) -> String {
        let feeds: [LibraryFeed]
        do {
            let all = try updater.library.feeds()
            feeds = feedIDs.map { ids in all.filter { ids.contains($0.id) } } ?? all
        } catch {
            return "Update failed: the library could not be read: \(error)"
        }
        guard !feeds.isEmpty else { return "No feeds to update: add one with byline feeds add URL" }
        ParserSetup.prepareForThreads()
        let reports = ReportBox(count: feeds.count)
        let done = Counter()
        BoundedWorkers.run(count: feeds.count, jobs: updater.jobs) { index in
            let report = updater.update(feeds[index])
            reports.set(index, report)
            progress(UpdateProgress(done: done.next(), total: feeds.count, last: feeds[index].name))
        }
        return Self.summary(reports.all)
    }

    /// "Updated 3 feeds: 12 new items" and, when some failed, the first failure.
    static func summary(_ reports: [FeedUpdateReport]) -> String {
        let new = reports.reduce(0) { $0 + $1.newItems }
        var line = "Updated \(reports.count) feed\(reports.count == 1 ? "" : "s"): \(new) new item\(new == 1 ? "" : "s")"
        let failed = reports.filter { $0.error != nil }
        if let first = failed.first {
            line += " · \(failed.count) failed: " + SafeText.line(first.line, limit: 120)
        }
        return line
    }

    /// Counts finished feeds across worker threads.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
