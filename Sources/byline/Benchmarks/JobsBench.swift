import BylineCore
import Foundation

/// `byline bench --jobs 1,2 PATH…`: end-to-end throughput of `byline analyze --jobs N` as a
/// user runs it (loading, analysis, JSON lines to /dev/null), and the peak memory of each
/// run. Every run is a child process, so that each peak is its own: the kernel's peak for
/// this process would only ever grow.
enum JobsBench {
    static func run(_ paths: [String], jobs: [Int], runs: Int) throws {
        let texts = try BenchCorpus.load(paths)
        guard !texts.isEmpty else { throw BenchError.nothingToMeasure }
        let words = texts.reduce(0) { $0 + WordCount.words(in: $1) }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let records = paths.allSatisfy { $0.hasSuffix(".jsonl") }
        print(LoadAverage.line)
        print("documents: \(texts.count)  words: \(words)  bytes: \(bytes)  cores: \(ProcessInfo.processInfo.activeProcessorCount)")
        print("command: byline analyze --format jsonl \(records ? "--input jsonl " : "")--jobs N \(paths.count <= 3 ? paths.joined(separator: " ") : "<\(paths.count) paths>") > /dev/null")
        print("jobs".padded(6) + "seconds".padded(10) + "cpu s".padded(10) + "words/s".padded(12) + "speed-up".padded(10)
              + "peak MB".padded(10) + "peak ×")
        var first: (seconds: Double, cpu: Double, peak: Double)? = nil
        for n in jobs {
            var best = (seconds: Double.infinity, cpu: 0.0, peak: 0.0)
            for _ in 0..<max(1, runs) {
                let arguments = ["analyze", "--format", "jsonl"] + (records ? ["--input", "jsonl"] : []) + ["--jobs", "\(n)"] + paths
                let r = try ChildRun.measure(arguments)
                if r.seconds < best.seconds { best = (r.seconds, r.cpuSeconds, r.peakMegabytes) }
            }
            let base = first ?? best
            if first == nil { first = best }
            print("\(n)".padded(6) + fmt(best.seconds, 3).padded(10) + fmt(best.cpu, 3).padded(10) + "\(Int(Double(words) / best.seconds))".padded(12)
                  + fmt(base.seconds / best.seconds, 2).padded(10) + fmt(best.peak, 1).padded(10) + fmt(best.peak / base.peak, 2))
        }
    }

    enum BenchError: Error, CustomStringConvertible {
        case nothingToMeasure
        var description: String { "nothing to measure: give articles, folders or .jsonl files" }
    }
}

/// The machine's load when a figure was taken: throughput is only comparable at low load.
enum LoadAverage {
    static var line: String {
        var loads = [Double](repeating: 0, count: 3)
        let n = getloadavg(&loads, 3)
        guard n == 3 else { return "load average: unknown" }
        return "load average: \(fmt(loads[0], 2)), \(fmt(loads[1], 2)), \(fmt(loads[2], 2))"
    }
}

/// One run of this executable as a child process, its output discarded: wall time and peak
/// resident memory, from wait4's resource usage.
enum ChildRun {
    struct Measure {
        var seconds: Double
        /// User and system CPU time: on a machine shared with other work, CPU seconds that
        /// stay flat while wall seconds fall show the parallel part without the others' noise.
        var cpuSeconds: Double
        var peakMegabytes: Double
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func measure(_ arguments: [String]) throws -> Measure {
        guard let executable = Bundle.main.executablePath else { throw Failure(description: "cannot find the byline executable") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = (ContinuousClock.now - start).seconds
        // Exit status 1 only says some input could not be analysed, as the output shows.
        guard status & 0x7F == 0, (status >> 8) & 0xFF <= 1 else {
            throw Failure(description: "byline \(arguments.joined(separator: " ")) failed (status \(status))")
        }
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Measure(seconds: seconds, cpuSeconds: cpu, peakMegabytes: PeakMemory.megabytes(of: usage))
    }
}
