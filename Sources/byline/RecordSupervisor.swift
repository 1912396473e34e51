import BylineCore
import Foundation

/// `byline analyze --input jsonl --record-timeout S`: the records stream through an analyser
/// run as a child process (this byline again, without the option), and a record that makes
/// it crash, or that it does not answer within S seconds, becomes `{"id", "error"}` while the
/// stream goes on. This is what lets Spark's own `RDD.pipe` feed byline directly: one
/// poisoned article never fails a task, and no Python sits in the data path to isolate it.
///
/// The answers the child gave before it failed are kept (they were whole lines); the first
/// record it did not answer is run again alone in a fresh child, and becomes an error line
/// if it fails alone too; then a new child takes the records after it. A child that fails
/// is killed with its whole process group. The answers are matched to the records by count
/// (the child writes exactly one line per record, in order), so the hot path parses nothing.
struct RecordSupervisor {
    /// The analyser: a program and its arguments, reading records on standard input.
    let command: [String]
    let timeout: Double
    let maxRecordBytes: Int
    /// Records read ahead of the oldest one not answered, at most.
    static let window = 64

    func run(_ sources: [String]) -> Bool {
        signal(SIGPIPE, SIG_IGN)
        var input = SupervisedInput(sources: sources, maxRecordBytes: maxRecordBytes)
        var queue = RecordQueue()
        while true {
            if queue.isEmpty {
                guard let entry = input.next() else { break }
                queue.append(entry)
            }
            let failure: String?
            do {
                failure = try SupervisedChild(command: command, timeout: timeout)
                    .run(&queue, &input, emit: { StandardOutput.write($0) })
            } catch {
                StandardError.print("byline: \(error)")
                return false
            }
            guard let failure else { continue }
            queue.emitKnownAnswers { StandardOutput.write($0) }
            guard let record = queue.popFirst() else { continue }
            StandardOutput.write(alone(record, failure: failure))
        }
        return input.allRead
    }

    /// The answer for a record a child failed on, from a fresh child given it alone, or its
    /// error line when that fails too.
    private func alone(_ record: SupervisedInput.Entry, failure: String) -> String {
        var single = RecordQueue()
        single.append(SupervisedInput.Entry(line: record.line))
        var nothingMore = SupervisedInput(sources: [], maxRecordBytes: maxRecordBytes)
        var answer: [UInt8] = []
        var reason = failure
        do {
            if let failedAlone = try SupervisedChild(command: command, timeout: timeout)
                .run(&single, &nothingMore, emit: { answer.append(contentsOf: $0) }) {
                reason = failedAlone
            } else if !answer.isEmpty {
                return String(decoding: answer, as: UTF8.self)
            }
        } catch {
            reason = "\(error)"
        }
        let id = record.line.map { line in
            switch InputRecord.parse(Array(line.dropLast())) {
            case .success(let parsed): return parsed.idJSON
            case .failure(let refused): return refused.idJSON
            }
        } ?? "null"
        StandardError.print("byline: record \(id): \(reason)")
        return RecordStream.errorLine(idJSON: id, message: reason)
    }
}

/// The records between the input and the output, oldest first: those sent to the child
/// (`sent` of them) and then those not sent yet.
struct RecordQueue {
    private var entries: [SupervisedInput.Entry] = []
    private var head = 0
    /// Entries from `head` sent to the current child (or with their answer known).
    private(set) var sent = 0

    var isEmpty: Bool { head == entries.count }
    var count: Int { entries.count - head }
    var hasUnsent: Bool { head + sent < entries.count }

    mutating func append(_ entry: SupervisedInput.Entry) { entries.append(entry) }

    /// The next entry to send, at most `count` of it being sent already.
    var nextUnsent: SupervisedInput.Entry { entries[head + sent] }

    mutating func markSending(at time: Double) {
        if entries[head + sent].sentAt == nil { entries[head + sent].sentAt = time }
    }

    mutating func markSent() { sent += 1 }

    /// When the oldest record sent and not answered was sent, or nil.
    var waitingSince: Double? {
        var i = head
        while i < entries.count, entries[i].answer != nil { i += 1 }
        return i < entries.count ? entries[i].sentAt : nil
    }

    /// Hands the answers known without the child (records refused on reading) at the front.
    mutating func emitKnownAnswers(_ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        while head < entries.count, let answer = entries[head].answer {
            var text = answer
            text.withUTF8 { emit($0) }
            _ = popFirst()
        }
    }

    /// Removes the oldest entry (answered, or to be run alone).
    @discardableResult
    mutating func popFirst() -> SupervisedInput.Entry? {
        guard head < entries.count else { return nil }
        let entry = entries[head]
        entries[head] = SupervisedInput.Entry()
        head += 1
        sent = max(0, sent - 1)
        if head > 1024 && head * 2 > entries.count {
            entries.removeFirst(head)
            head = 0
        }
        return entry
    }

    /// After a child failed: nothing is sent any more, and nothing has been timed.
    mutating func unsendAll() {
        sent = 0
        for i in head..<entries.count { entries[i].sentAt = nil }
    }

    /// Whether the front entry (after the known answers) was sent.
    var frontWasSent: Bool { sent > 0 }
}
