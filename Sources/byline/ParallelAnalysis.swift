import BylineCore
import BylineWeb
import Foundation

/// `byline analyze --jobs N` over several files: each worker loads, analyses and renders one
/// article, and the results go out in the order the files were given, exactly as one job
/// writes them. The bundled entity model is loaded once per process and shared read-only by
/// every worker (`EntityRecognizer` holds a reference to it, never a copy).
struct ParallelAnalysis {
    let input: ArticleInput
    let analyzer: Analyzer
    let format: AnalyzeCommand.Format
    let jobs: Int

    enum Outcome: Sendable {
        /// A JSON line or a text report, ready to write.
        case rendered(String, warnings: [String])
        /// For one JSON array, written in order by the single emitting thread.
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
        let (input, analyzer, format) = (self.input, self.analyzer, self.format)
        let map = OrderedParallelMap<String, Outcome>(
            jobs: jobs, window: OrderedParallelMap<String, Outcome>.defaultWindow(jobs: jobs),
            work: { Self.outcome($0, input: input, analyzer: analyzer, format: format) },
            emit: { Self.emit($0, format: format, into: emitted) })
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
                                format: AnalyzeCommand.Format) -> Outcome {
        do {
            let article = try input.load(path)
            let analysis = analyzer.analyze(article)
            switch format {
            case .jsonl: return .rendered(AnalysisJSON.encode(analysis, pretty: false) + "\n", warnings: article.warnings)
            case .text: return .rendered(TextReport.render(analysis) + "\n", warnings: article.warnings)
            case .json: return .analysis(analysis, warnings: article.warnings)
            }
        } catch {
            return .failed(path: path, message: "\(error)")
        }
    }

    private static func emit(_ outcome: Outcome, format: AnalyzeCommand.Format, into emitted: Emitted) {
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
            if emitted.array == nil {
                emitted.array = JSONWriter(pretty: true, sink: StandardOutput.write)
                emitted.array?.beginArray()
            }
            AnalysisJSON.write(analysis, to: &emitted.array!)
        }
    }
}
