import ArgumentParser
import BylineFuzz
import Foundation

/// `byline-fuzz worker`: the process that analyses; `run` starts it and survives its crashes.
/// Writes each input to disk before analysing it, saves inputs that break an invariant, and
/// adds to the corpus inputs that show a behaviour the corpus does not.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worker", abstract: "Fuzz cases (started by run).",
                                                    shouldDisplay: false)

    @Option var seed: UInt64
    @Option var firstCase: Int
    @Option var until: Double
    @Option var corpus: String
    @Option var findings: String
    @Flag var keepCorpus = false

    /// Inputs longer than this are not kept in the corpus, to keep it small and fast to replay
    /// (a debug build analyses a 2 KB unterminated sentence in a quarter of a second).
    static let keptSize = 1_024

    func run() throws {
        let paths = FuzzPaths(corpus: corpus, findings: findings)
        let kept = FuzzCorpus(folder: paths.corpus)
        let harness = FuzzHarness()
        let inputs = kept.inputs()
        var known: Set<String> = []
        for input in inputs { known.formUnion(BehaviourFeatures.of(harness.run(input.bytes).analysis)) }
        let generator = FuzzTextGenerator(seeds: inputs.map(\.bytes))
        let found = FuzzCorpus(folder: paths.findings)
        // Kept open: creating the two files anew for each case cost as much as the analysis.
        let current = try OverwrittenFile(paths.current), currentCase = try OverwrittenFile(paths.currentCase)
        var index = firstCase
        while Date().timeIntervalSince1970 < until {
            let bytes = generator.input(seed: seed, case: index)
            try current.replace(with: bytes)
            try currentCase.replace(with: Array("\(index)".utf8))
            let (analysis, broken) = harness.run(bytes)
            if !broken.isEmpty {
                let path = found.save(bytes, prefix: "fuzz-violation")
                FileHandle.standardError.write(Data("byline-fuzz: case \(index): \(path)\n  \(broken.joined(separator: "\n  "))\n".utf8))
            } else if !keepCorpus, bytes.count <= Self.keptSize {
                let features = BehaviourFeatures.of(analysis)
                if !features.isSubset(of: known) {
                    known.formUnion(features)
                    kept.save(bytes, prefix: "new")
                }
            }
            index += 1
        }
        print("cases \(index - firstCase)")
    }
}
