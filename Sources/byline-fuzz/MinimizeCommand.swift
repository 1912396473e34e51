import ArgumentParser
import Foundation

/// `byline-fuzz minimize FILE`: shrinks a failing input while it still fails (crashes or
/// breaks an invariant), each try in a child `check`, cutting ever smaller stretches of
/// scalars; the result is what goes into a regression test.
struct MinimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "minimize", abstract: "Shrink a failing input.")

    @Argument(help: "The failing input.")
    var file: String

    @Option(help: "Where the smallest failing input is written (default: FILE.min).")
    var output: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("byline-fuzz-min-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: scratch) }
        func fails(_ scalars: [Unicode.Scalar]) -> Bool {
            _ = FileManager.default.createFile(atPath: scratch.path, contents: Data(String(String.UnicodeScalarView(scalars)).utf8))
            let check = Process()
            check.executableURL = FuzzPaths.executable
            check.arguments = ["check", "--quiet", scratch.path]
            check.standardError = FileHandle.nullDevice
            // A crash's backtrace takes a second or more and is not read here.
            check.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
            guard (try? check.run()) != nil else { return false }
            check.waitUntilExit()
            return check.terminationStatus != 0
        }
        var text = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
        guard fails(text) else { throw ValidationError("\(file) does not fail") }
        var chunk = max(1, text.count / 2)
        while true {
            var start = 0, shrunk = false
            while start < text.count {
                var candidate = text
                candidate.removeSubrange(start..<min(text.count, start + chunk))
                if fails(candidate) { text = candidate; shrunk = true } else { start += chunk }
            }
            if chunk == 1 && !shrunk { break }
            if !shrunk { chunk = max(1, chunk / 2) }
        }
        let out = output ?? file + ".min"
        _ = FileManager.default.createFile(atPath: out, contents: Data(String(String.UnicodeScalarView(text)).utf8))
        print("byline-fuzz: \(text.count) scalars: \(String(String.UnicodeScalarView(text)).debugDescription) -> \(out)")
    }
}
