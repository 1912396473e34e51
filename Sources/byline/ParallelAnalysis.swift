import BylineCore
import BylineWeb
import Foundation

/// `byline analyze` over files: each worker loads, analyses and renders one article, and the
/// results go out in the order the files were given, whatever `--jobs`. With one job
/// everything runs inline and the JSON is streamed to standard output as it is written, so a
/// large analysis is never held as one string. The bundled entity model is loaded once per
/// process and shared read-only by every worker (`EntityRecognizer` holds a reference to it,
/// never a copy).
struct ParallelAnalysis {
    let input: ArticleInput
    let analyzer: Analyzer
    let format: AnalyzeCommand.Format
    /// Add the rules behind each quote and source (`--explain`).
    var explain = false
    let jobs: Int

    enum Outcome: Sendable {
        /// A JSON line or a text report, ready to write.
        case rendered(String, warnings: [String])
        /// JSON the single emitting thread streams out: one line, the one object, or the next
        /// item of the array that several files make.
        case analysis(Analysis, warnings: [String])
        case failed(path: String, message: String)
    }

    /// What the emitting thread owns; read by the caller only after `finish`.
    private final class Emitted: @unchecked Sendable {
        var failed = false
        var array: JSONWriter?
    }

    /// Analyses `paths`; returns false when any of them could not be analysed.
    func run(_ paths: [String]) -> Bool {
        ParserSetup.prepareForThreads()
        let emitted = Emitted()
        let (input, analyzer, format, explain) = (self.input, self.analyzer, self.format, self.explain)
        // Workers render JSON lines and reports, so that encoding runs in parallel; one job streams them.
        let renderLines = jobs > 1
        let single = paths.count == 1
        let map = OrderedParallelMap<String, Outcome>(
            jobs: jobs, window: OrderedParallelMap<String, Outcome>.defaultWindow(jobs: jobs),
            work: { Self.outcome($0, input: input, analyzer: analyzer, format: format, explain: explain, renderLines: renderLines) },
            emit: { Self.emit($0, format: format, explain: explain, single: single, into: emitted) })
        for path in paths { map.submit(path) }
        map.finish()
        if var array = emitted.array {
            array.endArray()
            array.flush()
            StandardOutput.write("\n")
        }
        return !emitted.failed
    }

    private static func outcome(_ path: String, input: ArticleInput, analyzer: Analyzer,
                                format: AnalyzeCommand.Format, explain: Bool, renderLines: Bool) -> Outcome {
        do {
            let article = try input.load(path)
            let analysis = analyzer.analyze(article)
            switch format {
            case .jsonl where renderLines:
                return .rendered(AnalysisJSON.encode(analysis, pretty: false, explain: explain) + "\n", warnings: article.warnings)
            case .text where renderLines:
                return .rendered(TextReport.render(analysis, explain: explain) + "\n", warnings: article.warnings)
            case .json, .jsonl, .text: return .analysis(analysis, warnings: article.warnings)
            }
        } catch {
            return .failed(path: path, message: "\(error)")
        }
    }

    /// - Parameter single: one file was given, so JSON is one object rather than an array.
    private static func emit(_ outcome: Outcome, format: AnalyzeCommand.Format, explain: Bool, single: Bool, into emitted: Emitted) {
        switch outcome {
        case .failed(let path, let message):
            emitted.failed = true
            StandardError.print("byline: \(message)")
            if format == .jsonl { StandardOutput.write(AnalysisJSON.errorLine(path: path, message: message) + "\n") }
        case .rendered(let text, let warnings):
            StandardError.printWarnings(warnings)
            StandardOutput.write(text)
        case .analysis(let analysis, let warnings):
            StandardError.printWarnings(warnings)
            if format == .text {
                writeReport(analysis, explain: explain)
                return
            }
            if format == .jsonl || single {
                AnalysisJSON.write(analysis, pretty: format == .json, explain: explain, to: StandardOutput.write)
                StandardOutput.write("\n")
                return
            }
            // The array opens with the first file that succeeds, so that all failing prints nothing.
            if emitted.array == nil {
                emitted.array = JSONWriter(pretty: true, sink: StandardOutput.write)
                emitted.array?.beginArray()
            }
            AnalysisJSON.write(analysis, explain: explain, to: &emitted.array!)
        }
    }

    /// The text report, written in blocks as it is rendered: the report on a dense article has
    /// tens of thousands of lines.
    private static func writeReport(_ analysis: Analysis, explain: Bool) {
        var block = ""
        TextReport.render(analysis, explain: explain) { line in
            block += line
            if block.utf8.count >= JSONWriter.blockBytes {
                StandardOutput.write(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        StandardOutput.write(block + "\n")
    }
}
