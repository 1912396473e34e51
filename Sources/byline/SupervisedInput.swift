import BylineCore
import Foundation

/// The records a `RecordSupervisor` reads, in order, and what it does with each until the
/// analyser has answered it.
///
/// Records come from the sources of `byline analyze --input jsonl` one line at a time; a
/// line longer than the limit is never held: it becomes its error answer at once, and keeps
/// its place in the order.
struct SupervisedInput {
    /// One record on its way: the line to send (with its "\n"), or the answer already known.
    struct Entry {
        var line: [UInt8]?
        var answer: String?
        /// When its first byte went to the current analyser; nil while unsent.
        var sentAt: Double?
    }

    private var sources: [String]
    private var reader: LineReader?
    private let maxRecordBytes: Int
    /// False when a source could not be opened or read to its end.
    private(set) var allRead = true
    private(set) var done: Bool

    init(sources: [String], maxRecordBytes: Int) {
        self.sources = sources.reversed()
        self.maxRecordBytes = maxRecordBytes
        done = sources.isEmpty
    }

    /// The descriptor to wait on before `next()` (nil when `next()` need not wait: a line is
    /// buffered, or a source must be opened).
    var descriptorToPoll: Int32? {
        guard let reader, !reader.hasBufferedBytes else { return nil }
        return reader.fd
    }

    /// The next record, or nil at the end of every source. Blank lines are skipped.
    mutating func next() -> Entry? {
        while !done {
            if reader == nil && !open() { continue }
            do {
                guard let line = try reader!.next() else {
                    closeSource()
                    continue
                }
                switch line {
                case .complete(let bytes):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    return Entry(line: bytes + [UInt8(ascii: "\n")])
                case .tooLong(let prefix, let bytes):
                    let id = InputRecord.leadingID(prefix) ?? "null", message = RecordStream.tooLarge(bytes)
                    StandardError.print("byline: record \(id): \(message)")
                    return Entry(answer: RecordStream.errorLine(idJSON: id, message: message))
                }
            } catch {
                StandardError.print("byline: \(error)")
                allRead = false
                closeSource()
            }
        }
        return nil
    }

    private mutating func open() -> Bool {
        guard let source = sources.popLast() else {
            done = true
            return false
        }
        do {
            let fd = source == "-" ? STDIN_FILENO : try ArticleLoader.openFile(source)
            reader = LineReader(fd: fd, path: source, maxLineBytes: maxRecordBytes)
            return true
        } catch {
            StandardError.print("byline: \(error)")
            allRead = false
            return false
        }
    }

    private mutating func closeSource() {
        if let fd = reader?.fd, fd != STDIN_FILENO { close(fd) }
        reader = nil
    }
}
