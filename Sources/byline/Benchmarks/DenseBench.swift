import BylineCore

/// `byline bench --dense`: a 5 MB article of random cue words (`BenchCorpus.denseCues`) taken
/// the way `analyze` takes it: the document model and each analysis stage, then the jsonl and
/// text outputs (counted, not printed), each with its time and the peak memory so far (the
/// stage that raises the peak is the one to shrink). Alone in its process, so the peak
/// is this case's; memory is also given above the loaded model, as a multiple of the input.
enum DenseBench {
    static func run(bytes: Int = 5_000_000) {
        let analyzer = Analyzer()
        _ = analyzer.analyze("Warm-up: Jones said the model is loaded.")
        let model = PeakMemory.megabytes()
        let text = BenchCorpus.denseCues(bytes: bytes)
        let size = text.utf8.count
        print("dense cue words: \(size) bytes; peak memory with the model loaded: \(fmt(model, 1)) MB")
        print("stage".padded(16) + "seconds".padded(10) + "output bytes".padded(14) + "peak MB".padded(10) + "peak above model ÷ input")
        func row(_ name: String, _ seconds: Double, _ output: Int?) {
            let peak = PeakMemory.megabytes()
            let ratio = (peak - model) * 1_048_576 / Double(size)
            print(name.padded(16) + fmt(seconds, 3).padded(10) + (output.map(String.init) ?? "-").padded(14)
                + fmt(peak, 1).padded(10) + fmt(ratio, 1) + "×")
        }
        var start = ContinuousClock.now
        let doc = Document(text)
        row("document model", (ContinuousClock.now - start).seconds, nil)
        start = ContinuousClock.now
        let analysis = analyzer.analyze(doc, path: "dense.txt") { stage in
            row(stage.rawValue, (ContinuousClock.now - start).seconds, nil)
            start = ContinuousClock.now
        }
        start = ContinuousClock.now
        var jsonBytes = 0
        AnalysisJSON.write(analysis, pretty: false) { jsonBytes += $0.count }
        row("jsonl output", (ContinuousClock.now - start).seconds, jsonBytes)
        start = ContinuousClock.now
        var reportBytes = 0
        TextReport.render(analysis) { reportBytes += $0.utf8.count }
        row("text output", (ContinuousClock.now - start).seconds, reportBytes)
        print("quotes: \(analysis.quotes.count)  entities: \(analysis.entities.count)  claims: \(analysis.claims.count)")
        let peak = PeakMemory.megabytes(), input = Double(size) / 1_048_576
        print("peak \(fmt(peak, 1)) MB = \(fmt(peak / input, 1))× the input in all; "
            + "\(fmt(peak - model, 1)) MB above the model = \(fmt((peak - model) / input, 1))× the input (issue #14: ≤ 10×)")
    }
}
