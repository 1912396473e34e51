import ArgumentParser
import BylineCore
import Foundation

/// `byline [FILE…]`: reads articles in the interactive reader; with no arguments, the bundled
/// sample. When standard output is not a terminal it prints each article's summary instead.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles (the default command); with no FILE, the bundled sample.",
        discussion: """
        Several files or a folder open a list of articles. Keys: j/k or arrows scroll, Space and
        PgDn page, g/G go to the top and bottom, Tab or 1–5 focus a pane, Enter jumps to the
        selected item, ]/[ next/previous quote, }/{ next quote by another speaker, s cycles the
        speaker's quotes, / searches (n/N), q quits, ? shows every key.
        Themes: default, light, monochrome, nord, or a .toml file (see Themes/); NO_COLOR is
        honoured. $XDG_CONFIG_HOME/byline/config.toml may set `theme = "light"` and rebind keys
        in a [keys] table (action = "key" or ["keys"]).
        When standard output is not a terminal, prints a text summary of each article.
        """
    )

    @Option(name: .long, help: "Theme name (default, light, monochrome, nord) or path to a .toml theme.")
    var theme: String?

    @OptionGroup var store: StoreOptions

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
        if isatty(STDOUT_FILENO) != 0 {
            try InteractiveReader.run(paths: paths, themeOption: theme, store: store)
            return
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
