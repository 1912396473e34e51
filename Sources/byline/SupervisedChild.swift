import Foundation

/// One analyser process of a `RecordSupervisor`: it sends the queue's records to the child,
/// reads more input as answers come back (up to a window), hands each answer on, and
/// watches the child, in one `poll` loop, without threads.
struct SupervisedChild {
    let command: [String]
    let timeout: Double

    private static let readBytes = 1 << 18

    /// Runs one child until the input ends and every record is answered (nil), or until the
    /// child fails: then the child is killed, the answers it gave have been emitted, every
    /// record still in `queue` is unsent again, and the failure is returned as a message.
    func run(_ queue: inout RecordQueue, _ input: inout SupervisedInput,
             emit: (UnsafeBufferPointer<UInt8>) -> Void) throws -> String? {
        let child = try ChildProcess(arguments: command)
        var answers = AnswerReader(), errors = ErrorTail()
        var written = 0
        var lastAnswer = Self.now()
        var failure: String?
        var chunk = [UInt8](repeating: 0, count: Self.readBytes)
        loop: while true {
            queue.emitKnownAnswers(emit)
            let reading = !input.done && queue.count < RecordSupervisor.window
            if reading && input.descriptorToPoll == nil {
                if let entry = input.next() { queue.append(entry) }
                continue
            }
            if !queue.hasUnsent && input.done && child.input >= 0 { child.closeInput() }
            var fds: [pollfd] = []
            if reading, let fd = input.descriptorToPoll { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            if child.input >= 0 && queue.hasUnsent { fds.append(pollfd(fd: child.input, events: Int16(POLLOUT), revents: 0)) }
            if child.output >= 0 { fds.append(pollfd(fd: child.output, events: Int16(POLLIN), revents: 0)) }
            if child.errors >= 0 { fds.append(pollfd(fd: child.errors, events: Int16(POLLIN), revents: 0)) }
            var wait = 1.0
            if let since = queue.waitingSince {
                let left = timeout - (Self.now() - max(since, lastAnswer))
                if left <= 0 {
                    failure = "the analyser timed out after \(Self.seconds(timeout)) s"
                    break loop
                }
                wait = min(wait, left)
            }
            if fds.isEmpty { break loop }
            let ready = poll(&fds, nfds_t(fds.count), Int32(wait * 1000) + 1)
            if ready < 0 && errno != EINTR { throw ChildProcess.SpawnError(description: "poll: \(String(cString: strerror(errno)))") }
            for fd in fds where fd.revents != 0 {
                switch fd.fd {
                case child.input:
                    written = send(&queue, to: child, written: written)
                case child.output:
                    let n = chunk.withUnsafeMutableBytes { read(fd.fd, $0.baseAddress, $0.count) }
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 {
                        child.closeOutput()
                        failure = finish(child, &queue, &input, answers: answers, errors: &errors)
                        break loop
                    }
                    if !answers.take(chunk[..<n], from: &queue, emit: emit) {
                        failure = "the analyser wrote a line for no record"
                        break loop
                    }
                    lastAnswer = Self.now()
                case child.errors:
                    if !errors.take(from: fd.fd) { child.closeErrors() }
                default:
                    if let entry = input.next() { queue.append(entry) }
                }
            }
        }
        if failure != nil {
            child.kill()
            queue.unsendAll()
        }
        child.closeInput()
        child.wait()
        if failure != nil {
            while child.errors >= 0, errors.take(from: child.errors) {}
            if let last = errors.lastLine, failure?.hasPrefix("the analyser exited") == true { failure! += ": " + last }
        }
        return failure
    }

    /// Writes as much of the unsent records as the pipe takes; returns how many bytes of the
    /// record being sent are written.
    private func send(_ queue: inout RecordQueue, to child: ChildProcess, written: Int) -> Int {
        var written = written
        while queue.hasUnsent {
            guard let line = queue.nextUnsent.line else {
                queue.markSent()
                continue
            }
            queue.markSending(at: Self.now())
            let n = line.withUnsafeBytes { write(child.input, $0.baseAddress! + written, line.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                // EAGAIN: the pipe is full; EPIPE: the child stopped reading (its output decides).
                if errno != EAGAIN { child.closeInput() }
                return written
            }
            written += n
            if written < line.count { return written }
            queue.markSent()
            written = 0
        }
        return written
    }

    /// Why the child, whose output has ended, failed, or nil when it answered everything.
    private func finish(_ child: ChildProcess, _ queue: inout RecordQueue, _ input: inout SupervisedInput,
                        answers: AnswerReader, errors: inout ErrorTail) -> String? {
        // Its output is closed: give it the timeout to exit, reading what it says meanwhile.
        let deadline = Self.now() + timeout
        var exited = child.exitStatus()
        while exited == nil {
            if Self.now() > deadline { return "the analyser timed out after \(Self.seconds(timeout)) s" }
            if child.errors >= 0 {
                var fd = pollfd(fd: child.errors, events: Int16(POLLIN), revents: 0)
                if poll(&fd, 1, 50) > 0, !errors.take(from: child.errors) { child.closeErrors() }
            } else {
                usleep(10_000)
            }
            exited = child.exitStatus()
        }
        let status = exited ?? 0
        queue.emitKnownAnswers { _ in }
        if answers.unfinished { return "the analyser wrote an unfinished line" }
        let unanswered = !queue.isEmpty || !input.done
        if !unanswered { return nil }
        if status != 0 { return "the analyser " + ChildProcess.describe(status) }
        return "the analyser stopped before answering every record"
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(s)
    }
}

/// The child's output split into answers: each complete line answers the oldest record sent.
struct AnswerReader {
    private var partial: [UInt8] = []
    var unfinished: Bool { !partial.isEmpty }

    /// Emits the complete lines of `chunk` (after what was left of the last one), each after
    /// the known answers before its record; false when a line answers no record sent.
    mutating func take(_ chunk: ArraySlice<UInt8>, from queue: inout RecordQueue,
                      emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
            queue.emitKnownAnswers(emit)
            guard queue.frontWasSent else { return false }
            queue.popFirst()
            if partial.isEmpty {
                chunk[start...newline].withUnsafeBufferPointer { emit($0) }
            } else {
                partial.append(contentsOf: chunk[start...newline])
                partial.withUnsafeBufferPointer { emit($0) }
                partial.removeAll(keepingCapacity: true)
            }
            start = newline + 1
        }
        partial.append(contentsOf: chunk[start...])
        return true
    }
}

/// The child's standard error, passed on to this process's, with its last line kept for
/// the failure message.
struct ErrorTail {
    private var recent: [UInt8] = []

    /// Reads what is there; false at the end of the stream.
    mutating func take(from fd: Int32) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { return errno == EINTR || errno == EAGAIN }
        if n == 0 { return false }
        chunk[..<n].withUnsafeBufferPointer { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
        recent.append(contentsOf: chunk[..<n])
        if recent.count > 4096 { recent.removeFirst(recent.count - 4096) }
        return true
    }

    var lastLine: String? {
        let lines = String(decoding: recent, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.last { !$0.isEmpty }
    }
}
