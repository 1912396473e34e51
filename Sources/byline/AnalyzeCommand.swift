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
        the contract of Hadoop Streaming and of Spark's RDD.pipe. \
        --table-rows writes, per record, just the rows of the Spark integration's tables \
        (integrations/spark/README.md) instead of the analysis. --record-timeout S runs the \
        analysis in a child process (this byline, or the program $BYLINE_ANALYSER names) and \
        answers {"id", "error"} for a record that makes it crash or that it does not answer \
        within S seconds, restarting it for the records after: for RDD.pipe, where a crash \
        would fail the task.
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

    @Flag(name: .long, help: "With --input jsonl: per record, the rows of the Spark integration's tables instead of the analysis.")
    var tableRows = false

    @Option(name: .long, help: ArgumentHelp(
        "With --input jsonl: analyse in a supervised child process; a record that crashes it, or that it does not answer within this many seconds, becomes {\"id\", \"error\"}.",
        valueName: "seconds"))
    var recordTimeout: Double?

    @OptionGroup var limit: InputLimit

    @OptionGroup var web: WebOptions

    @OptionGroup var corpus: CorpusOptions

    @Argument(help: "Article files, folders, URLs, or - for standard input.")
    var files: [String]

    mutating func run() throws {
        if corpus.inputKind == .jsonl { return try runRecords() }
        if tableRows || recordTimeout != nil { throw ValidationError("--table-rows and --record-timeout are for --input jsonl") }
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
        if let recordTimeout {
            guard recordTimeout > 0 else { throw ValidationError("--record-timeout must be more than 0 seconds") }
            let supervisor = RecordSupervisor(command: try analyserCommand(), timeout: recordTimeout,
                                              maxRecordBytes: corpus.maxRecordBytes.bytes)
            if !supervisor.run(files) { throw ExitCode(1) }
            return
        }
        let stream = RecordStream(analyzer: Analyzer(options: .init(includeText: includeText)),
                                  jobs: corpus.jobs, maxRecordBytes: corpus.maxRecordBytes.bytes, explain: explain,
                                  tableRows: tableRows)
        if !stream.run(files) { throw ExitCode(1) }
    }

    /// The supervised analyser: this byline (or $BYLINE_ANALYSER) with the same options for
    /// records, reading them on standard input.
    func analyserCommand() throws -> [String] {
        let program = try ProcessInfo.processInfo.environment["BYLINE_ANALYSER"]
            ?? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        var command = [program, "analyze", "--input", "jsonl", "--jobs", String(corpus.jobs),
                       "--max-record-bytes", String(corpus.maxRecordBytes.bytes), "--format", format.rawValue]
        if includeText { command.append("--include-text") }
        if explain { command.append("--explain") }
        if tableRows { command.append("--table-rows") }
        return command + ["-"]
    }
}
