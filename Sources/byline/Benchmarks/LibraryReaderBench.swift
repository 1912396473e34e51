import BylineReader
import BylineStore
import Foundation

/// The reader on a 100,000-item library, headless, as `ReaderBench` measures articles: the
/// first paint (open the store, read the feeds with their unread counts, reduce, render into
/// a `Buffer`) and the first paint of a feed's items; then a scroll step down the list of
/// all items (reduce + render, what the screen's thread does), with the page reads that
/// scrolling asks for timed apart (the app runs them on the backend's queue). Steps are timed
/// by the wall clock and by this thread's CPU time, as `LibraryBench` times pages.
enum LibraryReaderBench {
    static let width = 140, height = 40
    static let steps = 20_000

    static func run(path: String) throws {
        var start = ContinuousClock.now
        let library = LibraryStore(store: try AnnotationStore(path: path, access: .read))
        let backend = StoreLibraryBackend(library: library, analyzerVersion: LibraryArticle.analyzerVersion, updater: nil)
        var state = ReaderState(library: LibraryBrowser(), width: width, height: height)
        state = try deliver(.loadFeeds, to: state, backend)
        _ = ReaderView.render(state, width: width, height: height)
        let feedsPaint = (ContinuousClock.now - start).seconds * 1000

        start = ContinuousClock.now
        var (opened, effects) = reduce(state, .activate)
        for effect in effects { if case .library(let request) = effect { opened = try deliver(request, to: opened, backend) } }
        let firstRows = ReaderView.render(opened, width: width, height: height).line(2)
        let itemsPaint = (ContinuousClock.now - start).seconds * 1000
        precondition(firstRows.contains("Council"), "the feed's items are drawn")

        // Every item, newest first, scrolled a line at a time.
        var all = state
        all.library!.level = .items
        all.library!.openFeed = LibraryBrowser.FeedRow(id: nil, name: "All", unread: 0, total: 0)
        all.library!.scope = ItemScope(.all)
        all = try deliver(.loadItems(ItemPage(scope: ItemScope(.all), direction: .top, cursor: nil, limit: LibraryBrowser.pageSize,
                                              generation: all.library!.generation)), to: all, backend)
        var stepTimes: [Double] = [], stepCPU: [Double] = [], pageTimes: [Double] = []
        stepTimes.reserveCapacity(steps)
        stepCPU.reserveCapacity(steps)
        for _ in 0..<steps {
            let t = ContinuousClock.now, c = LibraryBench.threadCPUMilliseconds()
            let (next, effects) = reduce(all, .moveDown)
            _ = ReaderView.render(next, width: width, height: height)
            stepTimes.append((ContinuousClock.now - t).seconds * 1000)
            stepCPU.append(LibraryBench.threadCPUMilliseconds() - c)
            all = next
            for effect in effects {
                guard case .library(let request) = effect else { continue }
                let p = ContinuousClock.now
                all = try deliver(request, to: all, backend)
                pageTimes.append((ContinuousClock.now - p).seconds * 1000)
            }
        }
        precondition(all.library!.itemCursor == steps, "scrolled \(all.library!.itemCursor) of \(steps) rows")
        stepTimes.sort()
        stepCPU.sort()
        pageTimes.sort()
        print("reader on 100,000 items (\(width)×\(height), model + render into a Buffer): first paint (feeds, unread counts) "
              + "\(fmt(feedsPaint, 2)) ms (target ≤ 100); a feed's items \(fmt(itemsPaint, 2)) ms; scroll step over \(steps) rows "
              + "p50 \(fmt(percentile(stepTimes, 0.5), 3)) ms, p99 \(fmt(percentile(stepTimes, 0.99), 3)) ms (target ≤ 1), "
              + "max \(fmt(stepTimes.last ?? 0, 3)) ms; thread CPU p99 \(fmt(percentile(stepCPU, 0.99), 3)) ms; page reads off the screen thread: \(pageTimes.count), "
              + "p99 \(fmt(percentile(pageTimes, 0.99), 3)) ms; window \(all.library!.window.count) items")
    }

    /// Runs a request as the backend's queue would and applies what it answers.
    private static func deliver(_ request: LibraryRequest, to state: ReaderState, _ backend: StoreLibraryBackend) throws -> ReaderState {
        guard let answer = try backend.answer(request) else { return state }
        var (next, effects) = reduce(state, answer)
        for effect in effects { if case .library(let more) = effect { next = try deliver(more, to: next, backend) } }
        return next
    }

    private static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }
}
