import BylineCore
import BylineReader
import BylineWeb
import Foundation

/// `byline bench --reader [FILE]`: the reader's speed headless, on a 5 MB article (the bundled
/// sample repeated, or FILE): time to first paint before analysis completes, and the time per
/// scroll step in model + render at two screen sizes.
enum ReaderBench {
    static let targetBytes = 5_000_000

    static func run(_ paths: [String]) throws {
        var articles: [(String, String)] = []
        if paths.isEmpty {
            articles.append(("5 MB article (sample repeated)", try repeatedSample()))
            if let single = BenchCorpus.synthetic().first(where: { $0.0.hasSuffix("single paragraph") }) {
                articles.append(single)
            }
        } else {
            for path in InputPaths.expand(paths) { articles.append((path, try ArticleLoader().load(path).text)) }
        }
        if paths.isEmpty, let path = SampleArticle.path {
            let sample = try ArticleLoader().load(path).text
            let start = ContinuousClock.now
            let app = ReaderApp(articles: [LoadedArticle(path: path, text: sample)], width: 140, height: 40)
            _ = app.render(width: 140, height: 40)
            print("bundled sample, \(sample.utf8.count) bytes, analysed before its first paint (model loading included): "
                + "\(fmt((ContinuousClock.now - start).seconds * 1000, 1)) ms")
        }
        for (name, text) in articles { measure(name, text) }
        if paths.isEmpty, let text = articles.first?.1 { measureDense(text) }
        print("peak memory: \(fmt(PeakMemory.megabytes(), 1)) MB")
    }

    static func repeatedSample() throws -> String {
        guard let path = SampleArticle.path else { throw ValidationErrorText("the bundled sample is missing") }
        let sample = try ArticleLoader().load(path).text
        var text = ""
        text.reserveCapacity(targetBytes + sample.utf8.count)
        while text.utf8.count < targetBytes { text += sample + "\n" }
        return text
    }

    private static func measure(_ name: String, _ text: String) {
        print("\(name): \(text.utf8.count) bytes")
        let start = ContinuousClock.now
        var app = ReaderApp(articles: [LoadedArticle(path: name, text: text)], width: 140, height: 40)
        _ = app.handle(.resize(width: 140, height: 40))
        let first = app.render(width: 140, height: 40)
        let paint = (ContinuousClock.now - start).seconds
        let shownEarly = app.isBusy && first.lines.contains { $0.contains(where: { $0.isLetter }) }
        print("  time to first paint: \(fmt(paint * 1000, 1)) ms (text shown before analysis completed: \(shownEarly ? "yes" : "no"))")
        while app.isBusy {
            _ = app.poll()
            usleep(2000)
        }
        _ = app.poll()
        print("  analysis finished after: \(fmt((ContinuousClock.now - start).seconds * 1000, 0)) ms")
        var typing: [Double] = []
        _ = app.handle(.char("g"))
        _ = app.handle(.char("/"))
        for key in "qxzv".unicodeScalars {
            let t = ContinuousClock.now
            _ = app.handle(.char(key))
            _ = app.render(width: 140, height: 40)
            typing.append((ContinuousClock.now - t).seconds)
        }
        _ = app.handle(.escape)
        print("  search as you type, a word not in the text (whole text scanned per key): max \(fmt(typing.max()! * 1000, 1)) ms per key")
        for (w, h) in [(140, 40), (80, 24)] {
            _ = app.handle(.resize(width: w, height: h))
            _ = app.render(width: w, height: h)
            let keys: [KeyEvent] = Array(repeating: .char("j"), count: 400) + Array(repeating: .pageDown, count: 200)
                + Array(repeating: .char("k"), count: 200) + [.char("G")] + Array(repeating: .pageUp, count: 100)
                + [.char("g")] + Array(repeating: .ctrl("d"), count: 100)
            let (samples, cpu) = timeSteps(&app, keys: keys, width: w, height: h)
            print("  scroll step, model + render at \(w)×\(h), \(samples.count) steps:")
            print("    wall clock: " + percentiles(samples))
            print("    thread CPU: " + percentiles(cpu) + "  (wall minus time the machine gave to others)")
        }
    }

    /// The same 5 MB text with a dense analysis made up for the purpose (every quotation a
    /// quote, every capitalised word an entity mention, every sentence with a digit a claim),
    /// so the panes' cost at scale is measured whatever the analysis stages find today.
    private static func measureDense(_ text: String) {
        let doc = Document(text)
        let analysis = DenseAnalysis.make(doc)
        print("5 MB article with a dense made-up analysis: \(analysis.entities.reduce(0) { $0 + $1.mentions.count }) entity mentions, \(analysis.quotes.count) quotes, \(analysis.claims.count) claims")
        let start = ContinuousClock.now
        let article = ArticleState(text: ArticleText(path: "dense", text: text), analysis: analysis, document: doc)
        print("  indexing the analysis for the panes (once per article): \(fmt((ContinuousClock.now - start).seconds * 1000, 1)) ms")
        var app = ReaderApp(state: ReaderState(articles: [article], width: 140, height: 40))
        for (w, h) in [(140, 40), (80, 24)] {
            _ = app.handle(.resize(width: w, height: h))
            _ = app.render(width: w, height: h)
            let keys: [KeyEvent] = Array(repeating: .char("j"), count: 300) + Array(repeating: .pageDown, count: 200)
                + Array(repeating: .char("]"), count: 200) + Array(repeating: .char("}"), count: 50)
                + [.char("3")] + Array(repeating: .char("j"), count: 200) + [.char("1"), .char("G")]
                + Array(repeating: .char("["), count: 50) + [.char("g")]
            let (wall, cpu) = timeSteps(&app, keys: keys, width: w, height: h)
            print("  scroll, quote and pane steps, model + render at \(w)×\(h), \(wall.count) steps:")
            print("    wall clock: " + percentiles(wall))
            print("    thread CPU: " + percentiles(cpu))
        }
    }

    /// Runs `keys` three times, timing each key's model + render step (wall clock and thread CPU).
    private static func timeSteps(_ app: inout ReaderApp, keys: [KeyEvent], width w: Int, height h: Int)
        -> (wall: [Double], cpu: [Double]) {
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<3 {
            for key in keys {
                let t = ContinuousClock.now
                let c = threadCPUSeconds()
                _ = app.handle(key)
                _ = app.render(width: w, height: h)
                cpu.append(threadCPUSeconds() - c)
                wall.append((ContinuousClock.now - t).seconds)
            }
        }
        return (wall, cpu)
    }

    private static func percentiles(_ values: [Double]) -> String {
        let v = values.sorted()
        let p50 = v[v.count / 2], p99 = v[min(v.count - 1, v.count * 99 / 100)]
        return "p50 \(fmt(p50 * 1000, 3)) ms  p99 \(fmt(p99 * 1000, 3)) ms  max \(fmt(v.last! * 1000, 3)) ms"
    }

    /// CPU time of this thread: a scroll step's own cost, without time the scheduler gave to
    /// other processes on a shared machine.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

private struct ValidationErrorText: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
