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
