import BylineCore
import BylineFetch
import BylineStore
import BylineWeb
import Foundation

/// `byline bench --library`: the library's two costs. An update of 100 local feeds × 50 items
/// (parse, extract, analyse, store; then again, all unchanged), and reading a library of
/// 10,000 and 100,000 items as the reader's list does: first paint (open, feed list with
/// unread counts, first page) and every later page by keyset, with the resident memory
/// before and after paging through all of it, which stays flat when nothing is loaded whole.
/// Pages are timed by the wall clock and by this thread's CPU time.
enum LibraryBench {
    static let pageSize = 50

    static func run() throws {
        let root = NSTemporaryDirectory() + "byline-library-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        ParserSetup.prepareForThreads()
        try benchUpdate(root: root, analyze: false)
        try benchUpdate(root: root, analyze: true)
        print("")
        print("library".padded(10) + "build s".padded(10) + "first paint ms".padded(16) + "page p50 ms".padded(13)
              + "page p99 ms".padded(13) + "page max ms".padded(13) + "CPU p99 ms".padded(12) + "pages".padded(8)
              + "RSS before→after paging")
        for size in [10_000, 100_000] { try benchPaging(items: size, root: root) }
        print("peak memory: \(fmt(PeakMemory.megabytes(), 1)) MB")
    }

    private static func benchUpdate(root: String, analyze: Bool) throws {
        let folder = root + "/feeds-\(analyze)"
        let paths = try LibraryBenchFeeds.write(feeds: 100, items: 50, into: folder)
        let library = LibraryStore(store: try AnnotationStore(path: folder + "/library.sqlite"), defaultKeep: 200)
        for (n, path) in paths.enumerated() { try library.addFeed(url: path, name: "bench \(n)") }
        let schedule = HostSchedule(delay: 0)
        let updater = FeedUpdater(library: library,
                                  source: FeedSource(fetcher: PageFetcher(options: FetchOptions(accept: FetchOptions.feedAccept)), schedule: schedule),
                                  pages: PageFetcher(options: FetchOptions(offline: true)), schedule: schedule,
                                  article: LibraryArticle(analyze: analyze), fetchPages: false,
                                  jobs: ProcessInfo.processInfo.activeProcessorCount)
        let feeds = try library.feeds()
        let start = ContinuousClock.now
        let reports = updater.update(feeds, progress: nil)
        let first = (ContinuousClock.now - start).seconds
        let again = ContinuousClock.now
        let unchanged = updater.update(try library.feeds(), progress: nil)
        let second = (ContinuousClock.now - again).seconds
        let items = reports.reduce(0) { $0 + $1.newItems }
        let failed = reports.filter { $0.error != nil }.count + unchanged.filter { $0.error != nil }.count
        let label = analyze ? "with analysis" : "without analysis"
        print("update 100 feeds × 50 items (\(label)): \(items) items in \(fmt(first, 2)) s (\(Int(Double(items) / first)) items/s); "
              + "again, unchanged: \(fmt(second * 1000, 1)) ms" + (failed > 0 ? "; \(failed) FAILED" : ""))
    }

    private static func benchPaging(items: Int, root: String) throws {
        let path = root + "/paging-\(items).sqlite"
        let buildStart = ContinuousClock.now
        try build(items: items, at: path)
        let build = (ContinuousClock.now - buildStart).seconds

        // First paint as the reader will do it: open the store, list the feeds with their unread
        // counts, read the first page of items.
        let paintStart = ContinuousClock.now
        let library = LibraryStore(store: try AnnotationStore(path: path, access: .read))
        let feeds = try library.feedSummaries(limit: 500)
        var page = try library.items(ItemScope(), olderThan: nil, limit: pageSize, analyzerVersion: LibraryArticle.analyzerVersion)
        let paint = (ContinuousClock.now - paintStart).seconds * 1000
        precondition(!feeds.isEmpty && page.count == pageSize)

        let before = residentMegabytes()
        var times: [Double] = [], cpu: [Double] = []
        var seen = page.count
        while let last = page.last {
            let t = ContinuousClock.now, c = threadCPUMilliseconds()
            page = try library.items(ItemScope(), olderThan: last.cursor, limit: pageSize, analyzerVersion: LibraryArticle.analyzerVersion)
            times.append((ContinuousClock.now - t).seconds * 1000)
            cpu.append(threadCPUMilliseconds() - c)
            seen += page.count
        }
        cpu.sort()
        let after = residentMegabytes()
        precondition(seen == items, "paged \(seen) of \(items)")
        times.sort()
        print("\(items)".padded(10) + fmt(build, 1).padded(10) + fmt(paint, 2).padded(16) + fmt(percentile(times, 0.5), 3).padded(13)
              + fmt(percentile(times, 0.99), 3).padded(13) + fmt(times.last ?? 0, 3).padded(13)
              + fmt(percentile(cpu, 0.99), 3).padded(12) + "\(times.count)".padded(8)
              + "\(fmt(before, 1)) → \(fmt(after, 1)) MB")
        if items == 100_000 { try LibraryReaderBench.run(path: path) }
    }

    /// 100 feeds of `items / 100` items each, a tenth read, one in fifty starred, with
    /// cached analyses for the first items of each feed.
    private static func build(items: Int, at path: String) throws {
        let library = LibraryStore(store: try AnnotationStore(path: path), defaultKeep: items)
        let perFeed = items / 100
        for f in 0..<100 {
            let feed = try library.addFeed(url: "https://bench\(f).example/feed.xml", name: "bench \(f)")
            let entries = (0..<perFeed).map { i in
                ItemDraft(guid: "b-\(f)-\(i)", link: "https://bench\(f).example/news/\(i).html", title: "Council \(f) weighs plan \(i)",
                          authors: ["Reporter \(i % 7)"], published: Date(timeIntervalSince1970: 1_790_000_000 + Double(i * 977 + f * 13)),
                          summary: "The council of town \(f) debated plan \(i).")
            }
            let new = try library.record(.fetched(title: "Bench \(f)", siteLink: nil, format: "RSS 2.0", entries: entries, etag: nil,
                                                  lastModified: nil), feedID: feed.id).newItems
            try library.setRead(new.enumerated().filter { $0.offset % 10 == 0 }.map(\.element), true)
            for (n, id) in new.enumerated() where n % 50 == 0 { try library.setStarred(id, true) }
            for id in new.prefix(5) {
                let body = "Story \(f)-\(id). The mayor said the barrier would hold."
                let text = ArticleText(documentID: DocumentID.of(body), text: body, title: nil, length: body.unicodeScalars.count, source: .feed)
                try library.storeText(text, analysis: CachedAnalysis(documentID: text.documentID, analyzerVersion: LibraryArticle.analyzerVersion,
                                                                     json: "{}", quotes: 1, claims: 1), itemID: id)
            }
        }
    }

    /// CPU time of this thread: a page's own cost, without the time the thread waited for a
    /// core (on a loaded machine wall-clock outliers are mostly that wait).
    static func threadCPUMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
    }

    /// Resident memory now (not the peak), from /proc.
    private static func residentMegabytes() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    private static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }
}
