import ArgumentParser
import BylineCore
import BylineWeb
import Foundation

/// `byline analyze`: the analysis as JSON, JSON lines or a text summary, for scripts.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and print entities, quotes, sources and claims.",
        discussion: """
        FILE may be "-" for standard input, a web page (.html, .htm, .html.gz, or input that starts \
        as HTML: its article is extracted and analysed, and document.text always carries it), a \
        folder (its .txt, .md and web page files, in name order), or a URL (http:// or https://), \
        which is fetched: up to 10 redirects, --timeout seconds in all, --max-page-size at most; \
        --offline refuses URLs. A URL that fails (HTTP 404, unknown host, timeout…) prints one \
        line, such as "byline: https://example.com/a: HTTP 404 Not Found", like a file that \
        cannot be read.

        Formats: json (one object, or an array for several files), jsonl (one compact object per \
        line per file; a file that fails yields {"path", "error"}), text (a human summary). \
        The exit status is 1 when any file could not be analysed; the others are still printed.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Option(name: .shortAndLong, help: "Output format: json, jsonl or text.")
    var format: Format = .json

    @Flag(name: .long, help: "Include the document text in document.text.")
    var includeText = false

    @OptionGroup var web: WebOptions

    @Argument(help: "Article files, folders, URLs, or - for standard input.")
    var files: [String]

    mutating func run() throws {
        let paths = InputPaths.expand(files)
        guard !paths.isEmpty else { throw ValidationError("no articles found in \(files.joined(separator: ", "))") }
        let input = ArticleInput(web: web)
        let analyzer = Analyzer(options: .init(includeText: includeText))
        var failed = false
        var collected: [Analysis] = []
        let out = FileHandle.standardOutput
        for path in paths {
            let analysis: Analysis
            do {
                let article = try input.load(path)
                StandardError.printWarnings(of: article)
                analysis = analyzer.analyze(article)
            } catch {
                failed = true
                StandardError.print("byline: \(error)")
                if format == .jsonl { out.write(Data((AnalysisJSON.errorLine(path: path, message: "\(error)") + "\n").utf8)) }
                continue
            }
            switch format {
            case .jsonl:
                out.write(Data((AnalysisJSON.encode(analysis, pretty: false) + "\n").utf8))
            case .text:
                out.write(Data((TextReport.render(analysis) + "\n").utf8))
            case .json:
                collected.append(analysis)
            }
        }
        if format == .json && !collected.isEmpty {
            let json = paths.count == 1
                ? AnalysisJSON.encode(collected[0], pretty: true)
                : AnalysisJSON.encode(collected, pretty: true)
            out.write(Data((json + "\n").utf8))
        }
        if failed { throw ExitCode(1) }
    }
}
