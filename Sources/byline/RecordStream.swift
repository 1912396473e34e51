import BylineCore
import BylineWeb
import Foundation

/// `byline analyze --input jsonl`: the contract of Hadoop Streaming and Spark's `RDD.pipe`.
/// JSON records come in one per line; exactly one line goes out per record, in the same
/// order and written as soon as it is ready: the analysis with the record's `id` (and its
/// other fields under `meta`), or `{"id", "error"}` for a record that cannot be analysed
/// (not JSON, no text, invalid UTF-8, too large). A bad record never stops the stream, and
/// never changes the exit status, so that one poisoned article never fails a task.
///
/// Memory stays bounded whatever the input's size: lines are read in chunks, a line longer
/// than `maxRecordBytes` is skipped without being held, and at most a window of records per
/// job is in flight.
struct RecordStream {
    let analyzer: Analyzer
    let jobs: Int
    let maxRecordBytes: Int
    /// Add the rules behind each quote and source (`--explain`).
    var explain = false
    /// Write the rows of the Spark job's tables instead of the analysis (`--table-rows`).
    var tableRows = false

    /// A record's output line and the warnings for standard error.
    struct Output: Sendable {
        var line: String
        var warnings: [String]
    }

    /// Analyses the records of each source ("-" is standard input) in turn; returns false
    /// when a source could not be opened or read to its end.
    func run(_ sources: [String]) -> Bool {
        ParserSetup.prepareForThreads()
        let (analyzer, explain, tableRows) = (self.analyzer, self.explain, self.tableRows)
        let map = OrderedParallelMap<LineReader.Line, Output>(
            jobs: jobs, window: OrderedParallelMap<LineReader.Line, Output>.defaultWindow(jobs: jobs),
            work: { Self.process($0, analyzer: analyzer, explain: explain, tableRows: tableRows) },
            emit: { output in
                StandardError.printWarnings(output.warnings)
                StandardOutput.write(output.line)
            })
        var allRead = true
        for source in sources {
            let fd: Int32
            do {
                fd = source == "-" ? STDIN_FILENO : try ArticleLoader.openFile(source)
            } catch {
                StandardError.print("byline: \(error)")
                allRead = false
                continue
            }
            defer { if fd != STDIN_FILENO { close(fd) } }
            var reader = LineReader(fd: fd, path: source, maxLineBytes: maxRecordBytes)
            do {
                while let line = try reader.next() {
                    if case .complete(let bytes) = line, bytes.allSatisfy(Self.isBlank) { continue }
                    map.submit(line)
                }
            } catch {
                StandardError.print("byline: \(error)")
                allRead = false
            }
        }
        map.finish()
        return allRead
    }

    static func process(_ line: LineReader.Line, analyzer: Analyzer, explain: Bool = false, tableRows: Bool = false) -> Output {
        switch line {
        case .tooLong(let prefix, let bytes):
            let id = InputRecord.leadingID(prefix) ?? "null"
            return failed(id, tooLarge(bytes))
        case .complete(let bytes):
            switch InputRecord.parse(bytes) {
            case .failure(let failure):
                return failed(failure.idJSON, failure.message)
            case .success(let record):
                return analyzed(record, analyzer: analyzer, explain: explain, tableRows: tableRows)
            }
        }
    }

    private static func analyzed(_ record: InputRecord, analyzer: Analyzer, explain: Bool, tableRows: Bool) -> Output {
        let analysis: Analysis
        var warnings: [String] = []
        var words: Int?
        switch record.content {
        case .text(let text):
            analysis = analyzer.analyze(text, path: record.url)
            if tableRows { words = WordCount.pythonWords(in: text) }
        case .html(let html):
            // The page arrived as a JSON string, so it is UTF-8 now whatever its markup declares.
            let name = record.url ?? "record \(record.idJSON)"
            do {
                let article = try WebPage.loadedArticle(Array(html.utf8), path: name, url: record.url,
                                                        contentType: "text/html; charset=utf-8")
                warnings = article.warnings
                analysis = analyzer.analyze(Document(article.text), path: record.url, format: article.format,
                                            pageMetadata: article.metadata)
            } catch {
                return failed(record.idJSON, "\(error)")
            }
        }
        var head = "{\"id\":" + record.idJSON
        if let meta = record.metaJSON { head += ",\"meta\":" + meta }
        // The analysis is one compact object: its fields follow the record's, after its "{".
        let body = tableRows ? TableRows.encode(analysis, words: words)
            : String(AnalysisJSON.encode(analysis, pretty: false, explain: explain).dropFirst())
        return Output(line: head + "," + body + "\n", warnings: warnings)
    }

    private static func failed(_ idJSON: String, _ message: String) -> Output {
        Output(line: errorLine(idJSON: idJSON, message: message), warnings: ["record \(idJSON): \(message)"])
    }

    static func tooLarge(_ bytes: Int) -> String {
        "record too large (\(bytes) bytes; the limit is set by --max-record-bytes)"
    }

    /// `{"id": …, "error": …}` and its newline: the answer for a record that has no analysis.
    static func errorLine(idJSON: String, message: String) -> String {
        var w = JSONWriter(pretty: false)
        w.string(message)
        return "{\"id\":\(idJSON),\"error\":\(w.output)}\n"
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
