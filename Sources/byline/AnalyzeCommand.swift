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
        An input larger than --max-bytes (256 MiB) is refused; reading stops at the limit, so
        /dev/zero, `yes |` or a FIFO that never ends fails promptly with a one-line error.

        --jobs N analyses N files (or records) at once; the output keeps the input order. \
        --input jsonl reads records, one JSON object per line, {"id", "text"} or \
        {"id", "html", "url"}, and writes one JSON line per record as soon as it is ready: \
        the analysis with the record's id (its other fields under "meta"), or \
        {"id", "error"} for a bad record, and the stream goes on (exit status 0). This is \
        the contract of Hadoop Streaming and of Spark's RDD.pipe.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Option(name: .shortAndLong, help: "Output format: json, jsonl or text.")
    var format: Format = .json

    @Flag(name: .long, help: "Include the document text in document.text.")
    var includeText = false

    @Flag(name: .long, help: "Show the attribution rule behind each quote and source (text: beside them; json and jsonl: an \"explanation\" field).")
    var explain = false

    @OptionGroup var limit: InputLimit

    @OptionGroup var web: WebOptions

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: "Article files, folders, URLs, or - for standard input.")
    var files: [String]

    mutating func run() throws {
        if corpus.inputKind == .jsonl { return try runRecords() }
        let paths = InputPaths.expand(files)
        guard !paths.isEmpty else { throw ValidationError("no articles found in \(SafeText.echo(files.joined(separator: ", ")))") }
        let input = ArticleInput(web: web, maxBytes: limit.maxBytes)
        let analyzer = Analyzer(options: .init(includeText: includeText))
        let analysis = ParallelAnalysis(input: input, analyzer: analyzer, format: format, explain: explain, jobs: min(corpus.jobs, paths.count))
        if !analysis.run(paths) { throw ExitCode(1) }
    }
}

extension AnalyzeCommand {
    /// `--input jsonl`: JSON records in, one JSON line out per record (see `RecordStream`).
    func runRecords() throws {
        guard format != .text else { throw ValidationError("--input jsonl writes JSON lines; --format text is for files") }
        let stream = RecordStream(analyzer: Analyzer(options: .init(includeText: includeText)),
                                  jobs: corpus.jobs, maxRecordBytes: corpus.maxRecordBytes.bytes, explain: explain)
        if !stream.run(files) { throw ExitCode(1) }
    }
}
