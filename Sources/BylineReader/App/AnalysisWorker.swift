import BylineCore
import Foundation

/// Runs the analysis of opened articles on a background thread, one after another, and hands
/// results over through a lock-protected box. Each article is analysed exactly once; the
/// reader's keys never wait for it and never start it again. Articles opened later (a link
/// followed from the reader) join the queue with `add`.
final class AnalysisWorker: @unchecked Sendable {
    enum Report: Sendable {
        case progress(article: Int, AnalysisProgress)
        case finished(article: Int, Analysis, Document)
    }

    private let lock = NSLock()
    private var reports: [Report] = []
    private var remaining: Int
    private var waiting: [(Int, ArticleText)]
    private let analyzer: LazyAnalyzer
    private var started = false
    private let queue = DispatchQueue(label: "byline.reader.analysis", qos: .userInitiated)

    /// Prepares to analyse `jobs` (article index and text) in order with `analyzer` (nil: the
    /// default one, built on the background thread); `start()` begins.
    init(jobs: [(Int, ArticleText)], analyzer: Analyzer?) {
        self.waiting = jobs
        self.analyzer = LazyAnalyzer(analyzer)
        remaining = jobs.count
    }

    /// Starts the background queue, once; later calls do nothing.
    func start() {
        lock.lock()
        let first = !started
        started = true
        let jobs = waiting
        waiting.removeAll()
        lock.unlock()
        guard first else { return }
        for job in jobs { schedule(job) }
    }

    /// Queues one more article; it runs after those already queued.
    func add(article n: Int, text: ArticleText) {
        lock.lock()
        remaining += 1
        let now = started
        if !now { waiting.append((n, text)) }
        lock.unlock()
        if now { schedule((n, text)) }
    }

    private func schedule(_ job: (Int, ArticleText)) {
        let (n, text) = job
        queue.async { [self] in
            let analyzer = self.analyzer.get()
            post(.progress(article: n, .structuring))
            let doc = Document(text: text.text)
            post(.progress(article: n, .analysing))
            let analysis = analyzer.analyze(doc, path: text.path, format: text.format, pageMetadata: text.pageMetadata)
            post(.finished(article: n, analysis, doc))
        }
    }

    private func post(_ report: Report) {
        lock.lock()
        reports.append(report)
        if case .finished = report { remaining -= 1 }
        lock.unlock()
    }

    /// True while some article is still being analysed or a report waits to be taken.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return remaining > 0 || !reports.isEmpty
    }

    /// Takes the reports posted since the last call.
    func take() -> [Report] {
        lock.lock()
        defer { lock.unlock() }
        let out = reports
        reports.removeAll()
        return out
    }
}
