import ArgumentParser
import BylineCore
import Foundation

/// `byline [FILE…]`: reads articles. Until the interactive reader lands, it prints the
/// analysis summary of each article; with no arguments it shows the bundled sample.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles (the default command); with no FILE, the bundled sample."
    )

    @Argument(help: "Article files or folders; none opens the bundled sample article.")
    var files: [String] = []

    mutating func run() throws {
        var paths = InputPaths.expand(files)
        if files.isEmpty {
            guard let sample = SampleArticle.path else {
                throw ValidationError("the bundled sample article is missing from this build")
            }
            paths = [sample]
        }
        var failed = false
        for path in paths {
            do {
                let article = try ArticleLoader().load(path)
                article.warnings.forEach(StandardError.print)
                print(TextReport.render(Analyzer().analyze(article.text, path: path)))
            } catch {
                failed = true
                StandardError.print("byline: \(error)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
