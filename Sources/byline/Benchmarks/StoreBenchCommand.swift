import ArgumentParser
import BylineCore
import BylineReader
import BylineStore
import Foundation

/// `byline annotations bench`: how long a save holds the screen. Times N saves (and edits and
/// undos) into a real SQLite file, each committed (WAL, synchronous=FULL) before it returns.
struct StoreBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time annotation saves into a real SQLite file (p50/p99/max).",
        discussion: """
        Without --store the benchmark writes into a fresh file in a temporary folder, never into
        your own store. --contend runs a second writer (another connection) on the same file
        meanwhile, as a second reader window would. The budget for a save is 50 ms.
        """
    )

    @Option(help: "Number of saves.")
    var count: Int = 1_000

    @Option(help: "The SQLite file to write into (default: a new temporary file).")
    var store: String?

    @Flag(help: "Run a second writer on the same file meanwhile.")
    var contend = false

    mutating func run() throws {
        let path = store ?? NSTemporaryDirectory() + "byline-bench-\(UUID().uuidString)/annotations.sqlite"
        let store = try AnnotationStore(path: path)
        let text = ScalarText(String(repeating: "The minister said the budget grew by 4 percent last year. ", count: 200))
        let document = DocumentRecord(id: DocumentID.of(text.string), path: "/bench/article.txt", title: "Bench", length: text.count)
        let stop = ManagedAtomicFlag()
        let rival = contend ? startRival(path: path, document: document, text: text, stop: stop) : nil

        var saves: [Double] = [], edits: [Double] = [], undos: [Double] = []
        var ids: [UUID] = []
        for i in 0..<max(1, count) {
            let start = (i * 59) % max(1, text.count - 60)
            let anchor = TextAnchor(range: start..<(start + 57), in: text)
            let draft = AnnotationDraft(verdict: Verdict.allCases[i % Verdict.allCases.count],
                                        note: "Checked against the ministry's figures, note \(i).", tags: ["bench", "t\(i % 7)"])
            saves.append(try time { ids.append(try store.add(draft, anchor: anchor, document: document).id) })
        }
        for (i, id) in ids.prefix(max(1, count / 4)).enumerated() {
            let draft = AnnotationDraft(verdict: .disputed, note: "Edited \(i).", tags: ["edited"])
            edits.append(try time { try store.update(id, with: draft) })
        }
        for _ in 0..<max(1, count / 4) { undos.append(try time { try store.undo() }) }
        // As the reader saves: the screen thread only queues; "Saved" shows once drained.
        var submits: [Double] = [], untilSaved: [Double] = []
        let backend = StoreAnnotationBackend(store: store)
        for i in 0..<max(1, count / 4) {
            let request = AnnotationSave(article: 0, claimID: nil,
                                         draft: AnnotationDraft(verdict: .false, note: "From the reader \(i).", tags: []),
                                         anchor: TextAnchor(range: 0..<57, in: text), document: document, existing: nil)
            let start = ContinuousClock.now
            submits.append(try time { backend.save(request) })
            while backend.drainResults().isEmpty { usleep(50) }
            untilSaved.append(milliseconds(ContinuousClock.now - start))
        }
        stop.set()
        rival?.wait()

        print("store: \(SafeText.echo(path))\(contend ? "  (with a second writer)" : "")")
        print("operation".padded(34) + "n".padded(8) + "p50 ms".padded(10) + "p99 ms".padded(10) + "max ms")
        for (name, samples) in [("save", saves), ("edit", edits), ("undo", undos),
                                ("reader: submit (screen blocked)", submits), ("reader: until \"saved\"", untilSaved)] {
            let s = samples.sorted()
            print(name.padded(34) + "\(s.count)".padded(8) + fmt(percentile(s, 0.50), 3).padded(10)
                  + fmt(percentile(s, 0.99), 3).padded(10) + fmt(s.last ?? 0, 3))
        }
        let worst = max(saves.max() ?? 0, edits.max() ?? 0, undos.max() ?? 0, untilSaved.max() ?? 0)
        print(worst <= 50 ? "every commit within the 50 ms budget" : "a commit took \(fmt(worst, 1)) ms (over 50 ms)")
        print("the screen thread was blocked at most \(fmt(submits.max() ?? 0, 3)) ms per save")
        if self.store == nil { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    }

    private func time(_ work: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try work()
        return milliseconds(ContinuousClock.now - start)
    }

    private func milliseconds(_ d: Duration) -> Double {
        d.seconds * 1000
    }

    private func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    private func startRival(path: String, document: DocumentRecord, text: ScalarText, stop: ManagedAtomicFlag) -> Thread.Waiter {
        let waiter = Thread.Waiter()
        let thread = Thread {
            defer { waiter.done() }
            guard let rival = try? AnnotationStore(path: path) else { return }
            var i = 0
            while !stop.isSet {
                let anchor = TextAnchor(range: 0..<40, in: text)
                _ = try? rival.add(AnnotationDraft(verdict: .supported, note: "rival \(i)", tags: []), anchor: anchor, document: document)
                i += 1
            }
        }
        thread.start()
        return waiter
    }
}

/// A flag one thread sets and another polls.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

extension Thread {
    /// Lets the caller wait for a thread to finish.
    final class Waiter: @unchecked Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        func done() { semaphore.signal() }
        func wait() { semaphore.wait() }
    }
}
