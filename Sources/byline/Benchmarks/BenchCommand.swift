import ArgumentParser
import BylineCore
import Foundation

/// `byline bench`: speed and memory of the analysis over real articles, and of the
/// pathological inputs that must stay linear. Figures come from here, never from tests.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure analysis speed (words/s, MB/s) and peak memory.",
        discussion: """
        PATH may be article files, folders of them, or .jsonl files whose lines carry a "text"
        field (one article each), such as ../shared/eval/data/polnear-dev.jsonl.
        --synthetic adds generated worst cases: 10,000 quotation marks, text with no spaces,
        a 5 MB single paragraph and 5 MB of random words dense with cues. --dense measures the
        last alone, as `analyze` takes it, with the peak memory of each stage. --html DIR times
        article extraction from web pages alone (MB/s of HTML) and a generated 20 MB page.
        --jobs 1,2 times `analyze --jobs N` end to end, each N in a child process of its own.
        --claims times grouping the articles' claims across articles (`claims --grouped`), beyond the analysis.
        --library times feed updates (100 local feeds × 50 items), the library's paged lists, and the
        reader on 100,000 items: first paint and a scroll step, through the model and renderer.
        --people PATH builds the people index for the articles given (cycled to 2,000) and
        opens the people view on 100,000 articles.
        Build in release mode for meaningful figures:
          swift build -c release && .build/release/byline bench ../shared/eval/data/polnear-dev.jsonl
        """
    )

    @Option(name: .customLong("repeat"), help: "Run the whole set this many times; the best run is reported.")
    var runs: Int = 3

    @Flag(help: "Also time generated pathological inputs.")
    var synthetic = false

    @Flag(help: "Measure the reader instead: first paint and scroll steps on a 5 MB article, or on the articles given.")
    var reader = false

    @Option(name: .customLong("html"), help: "Measure web-page extraction alone over the saved pages in this folder.")
    var htmlFolder: String?

    @Flag(help: "Measure the terminal's part: ncurses start, first full draw and per-step drawing, on /dev/null.")
    var terminal = false

    @Flag(help: "Measure the library: updating 100 local feeds × 50 items, paging 10,000 and 100,000 items from SQLite, and the reader's first paint and scroll step on 100,000.")
    var library = false

    @Flag(help: "Measure the people index: building it for the articles given, cycled to 2,000, beyond their analysis; and opening the people view on 100,000 articles.")
    var people = false

    @Flag(help: "Measure a 5 MB article of random cue words: analysis, jsonl and text output, time and peak memory.")
    var dense = false

    @Flag(help: "Measure grouping claims across the articles given, beyond their analysis: in memory and in the store.")
    var claims = false

    @Option(help: ArgumentHelp("Measure byline analyze --jobs N end to end for each N listed, e.g. 1,2: words/s and peak memory.",
                               valueName: "n,n…"))
    var jobs: String?

    @Argument(help: "Articles, folders, or .jsonl files of articles.")
    var paths: [String] = []

    mutating func run() throws {
        if reader { return try ReaderBench.run(paths) }
        if terminal { return try TerminalBench.run() }
        if library { return try LibraryBench.run() }
        if people { return try PeopleBench.run(paths) }
        if dense { return DenseBench.run() }
        if claims { return try ClaimsBench.run(paths, runs: runs) }
        if let htmlFolder { return try WebBench.run([htmlFolder] + paths, runs: runs) }
        if let jobs {
            let counts = jobs.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { throw ValidationError("--jobs takes counts such as 1,2") }
            return try JobsBench.run(paths, jobs: counts, runs: runs)
        }
        let texts = try BenchCorpus.load(paths)
        if texts.isEmpty && !synthetic {
            throw ValidationError("nothing to measure: give articles, folders or .jsonl files, or --synthetic")
        }
        if !texts.isEmpty {
            let words = texts.reduce(0) { $0 + WordCount.words(in: $1) }
            let bytes = texts.reduce(0) { $0 + $1.utf8.count }
            print("documents: \(texts.count)  words: \(words)  bytes: \(bytes)")
            print("stage".padded(22) + "seconds".padded(10) + "words/s".padded(14) + "MB/s")
            let model = best(runs) { for t in texts { _ = Document(t) } }
            print(row("document model", model, words, bytes))
            let analyzer = Analyzer()
            let full = best(runs) { for t in texts { _ = analyzer.analyze(t) } }
            print(row("full analysis", full, words, bytes))
            let prepared = texts.map { t -> (Document, [Entity], ArticleMetadata) in
                let doc = Document(t)
                return (doc, analyzer.entityRecognizer.recognize(doc), MetadataExtractor.extract(doc))
            }
            let attribution = AttributionAnalyzer()
            let quotes = best(runs) { for (d, e, m) in prepared { _ = attribution.analyze(d, entities: e, metadata: m) } }
            print(row("attribution stage", quotes, words, bytes))
        }
        if synthetic {
            print("synthetic case".padded(30) + "bytes".padded(12) + "seconds".padded(10) + "MB/s".padded(8) + "s/MB")
            // The large generated cases at a quarter, half and full size: s/MB staying flat shows linear time.
            // Generated afresh for each row, so that only one set of texts is held at a time.
            let scales = [0.25, 0.5, 1]
            for i in BenchCorpus.synthetic(scale: 0).indices {
                for scale in scales {
                    let (name, text) = BenchCorpus.synthetic(scale: scale)[i]
                    guard scale == scales[scales.count - 1] || text.utf8.count >= 500_000 else { continue }
                    let bytes = text.utf8.count
                    let s = best(1) { _ = Analyzer().analyze(text) }
                    let mb = Double(bytes) / 1e6
                    print(name.padded(30) + "\(bytes)".padded(12) + fmt(s, 4).padded(10) + fmt(mb / s, 1).padded(8) + fmt(s / mb, 3))
                }
            }
        }
        print("peak memory: \(fmt(PeakMemory.megabytes(), 1)) MB")
    }

    private func best(_ runs: Int, _ work: () -> Void) -> Double {
        var bestTime = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = ContinuousClock.now
            work()
            let d = ContinuousClock.now - start
            bestTime = min(bestTime, d.seconds)
        }
        return bestTime
    }

    private func row(_ name: String, _ seconds: Double, _ words: Int, _ bytes: Int) -> String {
        name.padded(22) + fmt(seconds, 4).padded(10) + "\(Int(Double(words) / seconds))".padded(14)
            + fmt(Double(bytes) / 1e6 / seconds, 1)
    }
}

func fmt(_ x: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", x) }

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
