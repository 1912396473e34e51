import ArgumentParser
import BylineFuzz
import Foundation

/// `byline-fuzz run`: keeps one worker process fuzzing until the time is up, and when the
/// worker dies on an input, saves that input as a crash and starts a new worker after it.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Fuzz for a number of minutes.")

    @Option(help: "How long to run, in minutes.")
    var minutes: Double = 5

    @Option(help: "The run's seed (default: from the clock; printed).")
    var seed: UInt64?

    @Option(help: "The first case number.")
    var firstCase = 0

    @Option(help: "The corpus: seeds the generator and receives inputs with new behaviours.")
    var corpus = "Tests/BylineFuzzTests/Corpus"

    @Option(help: "Where crashes and broken invariants are saved.")
    var findings = ".build/fuzz/findings"

    @Flag(help: "Do not add interesting inputs to the corpus.")
    var keepCorpus = false

    func run() throws {
        let seed = seed ?? UInt64(Date().timeIntervalSince1970 * 1000)
        let paths = FuzzPaths(corpus: corpus, findings: findings)
        let deadline = Date().addingTimeInterval(minutes * 60)
        say("byline-fuzz: seed \(seed), \(minutes) min, corpus \(corpus), findings \(findings)")
        var next = firstCase, crashes = 0, cases = 0
        while Date() < deadline {
            let worker = Process()
            worker.executableURL = FuzzPaths.executable
            var arguments = ["worker", "--seed", "\(seed)", "--first-case", "\(next)", "--until", "\(deadline.timeIntervalSince1970)",
                             "--corpus", corpus, "--findings", findings]
            if keepCorpus { arguments.append("--keep-corpus") }
            worker.arguments = arguments
            let output = Pipe()
            worker.standardOutput = output
            try worker.run()
            let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            worker.waitUntilExit()
            if worker.terminationReason == .exit && worker.terminationStatus == 0 {
                cases += Int(report.split(separator: " ").last.map(String.init)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
                break
            }
            // The worker died: the input it was analysing is still on disk.
            crashes += 1
            let crashed = (try? String(contentsOf: paths.currentCase, encoding: .utf8)).flatMap { Int($0) } ?? next
            cases += crashed - next + 1
            let bytes = FileManager.default.contents(atPath: paths.current.path).map { [UInt8]($0) } ?? []
            let saved = FuzzCorpus(folder: paths.findings).save(bytes, prefix: "fuzz-crash")
            say("byline-fuzz: CRASH on case \(crashed) (signal/status \(worker.terminationStatus)): \(saved)")
            next = crashed + 1
        }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        say("byline-fuzz: seed \(seed), cases \(firstCase)..<\(firstCase + cases), crashes \(crashes), "
              + "worker CPU \(String(format: "%.1f", cpu)) s")
        let violations = ((try? FileManager.default.contentsOfDirectory(atPath: paths.findings.path)) ?? [])
            .filter { $0.hasPrefix("fuzz-") }.sorted()
        if !violations.isEmpty { say("byline-fuzz: findings in \(findings): \(violations.joined(separator: ", "))") }
        if crashes > 0 || !violations.isEmpty { throw ExitCode(1) }
    }

    /// A line to standard output, unbuffered, so that a crash line reaches a log file at once.
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
