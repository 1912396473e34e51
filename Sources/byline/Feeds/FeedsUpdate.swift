import ArgumentParser
import BylineCore
import BylineFetch
import BylineStore
import BylineWeb
import Foundation

/// `byline feeds update [NAME…]`
struct FeedsUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch feeds (all by default) and add their new items, with text and analysis, to the library.",
        discussion: """
        Several feeds are fetched at once (--jobs), requests to one host start --host-delay seconds \
        apart, and each feed is asked conditionally (ETag, Last-Modified), so an unchanged feed costs \
        a 304. A 429 or 503 with Retry-After is respected: the feed is skipped until then. A feed \
        that fails never stops the others; its error is kept and shown by `byline feeds list`, and \
        the exit status is 1. An item's text is the feed's full content when it has one, else its \
        page (fetched unless --no-pages), else its summary. Each feed keeps its newest --keep items, \
        plus every starred or annotated one. A progress line is shown when standard error is a terminal.
        """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var web: WebOptions

    @Option(help: "Feeds fetched at once.")
    var jobs: Int = 4

    @Option(name: .customLong("host-delay"), help: ArgumentHelp("Seconds between two requests to one host.", valueName: "seconds"))
    var hostDelay: Double = 1

    @Option(help: "Items kept per feed that sets no number of its own.")
    var keep: Int = LibraryStore.standardKeep

    @Flag(name: .customLong("no-pages"), help: "Never fetch items' pages; use the feed's own text.")
    var noPages = false

    @Flag(name: .customLong("no-analysis"), help: "Store texts without analysing them (the reader analyses on opening).")
    var noAnalysis = false

    @Argument(help: "Names of the feeds to update (default: all).")
    var names: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard hostDelay >= 0 else { throw ValidationError("--host-delay cannot be negative") }
        guard keep >= 1 else { throw ValidationError("--keep must be at least 1") }
    }

    mutating func run() throws {
        let library = try storeOptions.openLibrary(keep: keep)
        var feeds: [LibraryFeed] = []
        if names.isEmpty {
            feeds = try library.feeds()
        } else {
            for name in names {
                guard let feed = try library.feed(named: name) else {
                    StandardError.print("byline: \(LibraryError.noSuchFeed(name))")
                    throw ExitCode(1)
                }
                feeds.append(feed)
            }
        }
        guard !feeds.isEmpty else {
            print("no feeds yet: add one with `byline feeds add URL`")
            return
        }
        ParserSetup.prepareForThreads()
        let progress = ProgressLine(total: feeds.count)
        let reports = Self.updater(library: library, web: web, jobs: jobs, hostDelay: hostDelay, pages: !noPages,
                                   analyze: !noAnalysis)
            .update(feeds, progress: progress)
        progress.clear()
        var failed = false
        for report in reports {
            if report.error != nil {
                failed = true
                StandardError.print("byline: " + SafeText.line(report.line, limit: 400))
            } else {
                print(SafeText.line(report.line, limit: 400))
            }
        }
        if failed { throw ExitCode(1) }
    }

    static func updater(library: LibraryStore, web: WebOptions, jobs: Int, hostDelay: Double, pages: Bool, analyze: Bool) -> FeedUpdater {
        let schedule = HostSchedule(delay: hostDelay)
        var feedOptions = web.fetcher.options
        feedOptions.accept = FetchOptions.feedAccept
        return FeedUpdater(library: library, source: FeedSource(fetcher: PageFetcher(options: feedOptions), schedule: schedule),
                           pages: web.fetcher, schedule: schedule, article: LibraryArticle(analyze: analyze),
                           fetchPages: pages && !web.offline, jobs: jobs)
    }
}
