import ArgumentParser

/// `byline-fuzz`: runs generated and mutated texts through the whole analysis for a while
/// and keeps every input that crashes it or breaks an invariant. See "Fuzzing" in README.md.
@main
struct BylineFuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-fuzz",
        abstract: "Fuzz the analysis with generated texts; keep what crashes it.",
        subcommands: [RunCommand.self, WorkerCommand.self, CheckCommand.self, ShowCommand.self, MinimizeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
