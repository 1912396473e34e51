import Foundation

/// Where a run keeps its files: the corpus it grows, the findings it saves, and the input
/// being analysed right now, which survives the worker when the worker dies on it.
struct FuzzPaths {
    let corpus: URL
    let findings: URL

    var current: URL { findings.appendingPathComponent("current.input") }
    var currentCase: URL { findings.appendingPathComponent("current.case") }

    init(corpus: String, findings: String) {
        self.corpus = URL(fileURLWithPath: corpus)
        self.findings = URL(fileURLWithPath: findings)
        try? FileManager.default.createDirectory(at: self.findings, withIntermediateDirectories: true)
    }

    /// This executable, to start workers and checks as child processes.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }
}
