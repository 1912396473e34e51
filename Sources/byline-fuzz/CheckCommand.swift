import ArgumentParser
import BylineFuzz
import Foundation

/// `byline-fuzz check FILE…`: runs saved inputs through the harness; exit status 1 when an
/// invariant breaks (and a crash, of course, when one crashes). `minimize` relies on it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check saved inputs.")

    @Flag(help: "Print nothing.")
    var quiet = false

    @Argument(help: "Input files, or folders of them.")
    var files: [String]

    func run() throws {
        let harness = FuzzHarness()
        var failed = false
        for path in files {
            var isFolder: ObjCBool = false
            let inputs: [(name: String, bytes: [UInt8])]
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                inputs = FuzzCorpus(folder: URL(fileURLWithPath: path)).inputs().map { ("\(path)/\($0.name)", $0.bytes) }
            } else {
                guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
                inputs = [(path, [UInt8](data))]
            }
            for input in inputs {
                let broken = harness.violations(input.bytes)
                if !broken.isEmpty { failed = true }
                if !quiet {
                    print("\(input.name): \(broken.isEmpty ? "ok" : "\n  " + broken.joined(separator: "\n  "))")
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
