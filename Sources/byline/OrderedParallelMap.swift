import Foundation

/// Runs `work` over a stream of inputs on `jobs` threads and hands the results to `emit` in
/// input order, as soon as each one and all before it are done.
///
/// Memory stays bounded whatever the stream's length: at most `window` inputs are read ahead
/// of the last result emitted, so `submit` blocks while the window is full. Results are
/// emitted on a thread of their own, so output keeps flowing even while the caller waits
/// for its next input (a pipe from Spark or Hadoop that sends the next record only later).
/// With one job nothing is threaded: `submit` works and emits inline.
final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let jobs: Int
    private let window: Int
    private let work: @Sendable (Input) -> Output
    private let emit: @Sendable (Output) -> Void

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [(Int, Input)] = []
    private var pendingHead = 0
    private var done: [Int: Output] = [:]
    private var submitted = 0
    private var emitted = 0
    private var closed = false
    private var threadsRunning = 0
    private var started = false

    /// - Parameters:
    ///   - jobs: worker threads; 1 runs everything on the caller's thread.
    ///   - window: inputs in flight at most (queued, being worked on, or done but not yet
    ///     emitted); at least `jobs`.
    init(jobs: Int, window: Int, work: @escaping @Sendable (Input) -> Output, emit: @escaping @Sendable (Output) -> Void) {
        self.jobs = max(1, jobs)
        self.window = max(window, self.jobs)
        self.work = work
        self.emit = emit
    }

    /// The usual read-ahead: a few inputs per worker keeps every worker busy while one slow
    /// input holds back the emission of those after it.
    static func defaultWindow(jobs: Int) -> Int { max(1, jobs) * 4 }

    /// Queues `input`; blocks while `window` inputs are in flight.
    func submit(_ input: Input) {
        if jobs == 1 {
            emit(work(input))
            return
        }
        condition.lock()
        if !started { startThreads() }
        while submitted - emitted >= window { condition.wait() }
        pending.append((submitted, input))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every submitted input has been worked on and emitted, then stops the threads.
    func finish() {
        if jobs == 1 { return }
        condition.lock()
        closed = true
        condition.broadcast()
        while threadsRunning > 0 { condition.wait() }
        condition.unlock()
    }

    private func startThreads() {
        started = true
        threadsRunning = jobs + 1
        for _ in 0..<jobs { spawn { self.workLoop() } }
        spawn { self.emitLoop() }
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            body()
            self.condition.lock()
            self.threadsRunning -= 1
            self.condition.broadcast()
            self.condition.unlock()
        }
        // The analysis of a very large article recurses no deeper than on the main thread,
        // whose stack is 8 MiB; secondary threads get the same.
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func workLoop() {
        condition.lock()
        while true {
            if pendingHead < pending.count {
                let (index, input) = pending[pendingHead]
                pendingHead += 1
                if pendingHead > 64 && pendingHead * 2 > pending.count {
                    pending.removeFirst(pendingHead)
                    pendingHead = 0
                }
                condition.unlock()
                let output = work(input)
                condition.lock()
                done[index] = output
                condition.broadcast()
            } else if closed {
                condition.unlock()
                return
            } else {
                condition.wait()
            }
        }
    }

    private func emitLoop() {
        condition.lock()
        while true {
            if let output = done.removeValue(forKey: emitted) {
                condition.unlock()
                emit(output)
                condition.lock()
                emitted += 1
                condition.broadcast()
            } else if closed && emitted == submitted {
                condition.unlock()
                return
            } else {
                condition.wait()
            }
        }
    }
}
