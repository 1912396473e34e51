import ArgumentParser
import Foundation

/// `--input`, `--jobs` and `--max-record-bytes`: how `byline analyze` takes a corpus —
/// files or a stream of JSON-lines records — and how many articles it analyses at once.
struct CorpusOptions: ParsableArguments {
    enum InputKind: String, ExpressibleByArgument, CaseIterable {
        case files, jsonl
    }

    @Option(name: .customLong("input"), help: ArgumentHelp(
        "files: FILE arguments are articles. jsonl: each FILE (or - for standard input) holds one JSON record per line, {\"id\", \"text\"} or {\"id\", \"html\", \"url\"}.",
        valueName: "kind"))
    var inputKind: InputKind = .files

    @Option(name: .long, help: ArgumentHelp(
        "Articles analysed at once (default: the number of cores); output keeps the input order.",
        valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-record-bytes"), help: ArgumentHelp(
        "With --input jsonl, a longer line is refused as {\"id\", \"error\"} without being held in memory.",
        valueName: "size"))
    var maxRecordBytes: ByteSize = ByteSize(bytes: 16 * 1_048_576)

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
        guard maxRecordBytes.bytes > 0 else { throw ValidationError("--max-record-bytes must be more than 0") }
    }
}
