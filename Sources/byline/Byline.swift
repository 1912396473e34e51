import ArgumentParser
import Foundation

/// The `byline` command: the reader by default, `analyze` for scripts, `bench` for figures.
@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news articles: who said what, and who says so.",
        discussion: """
        With no subcommand, opens the articles given in the reader; with none, the library (or, when it \
        is empty or with --sample, a bundled sample article). \
        An article may be a file, a folder, "-" (standard input) or a URL (http:// or https://), \
        which is fetched; --offline refuses URLs. `byline analyze` prints the same analysis as \
        JSON or text for scripts; `byline fetch URL -o page.html` saves a page to read offline.

        In the reader: j/k scroll, Tab or 1–5 focus a pane, ]/[ jump between quotes, }/{ between speakers, / searches, q goes back to the list or quits, Q quits; press ? for every key. More: byline help read.
        """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, AnalyzeCommand.self, FetchCommand.self, BenchCommand.self, AnnotationsCommand.self,
                      FeedsCommand.self, SaveCommand.self, PeopleCommand.self,
                      ClaimsCommand.self, SourcingCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command; a failure is printed as "byline: …" through `StandardError`, which
    /// makes every echoed name harmless for the terminal (help still goes to standard output).
    static func main() {
        MallocTuning.returnLargeBuffers()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                StandardError.print(message.hasPrefix("Error: ") ? "byline: " + message.dropFirst(7) : message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
