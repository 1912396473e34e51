import ArgumentParser
import BylineCore
import BylineWeb
import Foundation

/// `byline [FILE…]`: reads articles in the interactive reader; with no arguments, the bundled
/// sample. When standard output is not a terminal it prints each article's summary instead.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles (the default command); with no FILE, the bundled sample.",
        discussion: """
        Several files or a folder open a list of articles (Enter opens one, h goes back, J/K next and previous).

        Keys: j/k or arrows scroll, Space/PgDn and PgUp page, g/G top and bottom, Tab or 1–5 focus a pane, Enter jumps to the selected item, ]/[ next and previous quote, }/{ next and previous quote by another speaker, s cycles the speaker's quotes, f filters by speaker, / searches (n/N repeat), a annotates a claim, q quits. Press ? in the reader for every key.

        Themes: default, light, monochrome, nord, or a path to a .toml theme (see Themes/); NO_COLOR gives monochrome. $XDG_CONFIG_HOME/byline/config.toml may set theme = "light" and rebind keys in a [keys] table (action = "key" or ["key", …]).

        URLs (http:// or https://) are fetched and read like files; --offline refuses them. In the reader, v lists the article's links and Enter on one opens it (fetched in the background).

        When standard output is not a terminal, prints a text summary of each article instead.
        """
    )

    @Option(name: .long, help: "Theme name (default, light, monochrome, nord) or path to a .toml theme.")
    var theme: String?

    @OptionGroup var store: StoreOptions

    @OptionGroup var limit: InputLimit

    @OptionGroup var web: WebOptions

    @Argument(help: "Article files (text or saved web pages), folders or URLs; none opens the bundled sample article.")
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
            try InteractiveReader.run(paths: paths, themeOption: theme, store: store,
                                      input: ArticleInput(web: web, maxBytes: limit.maxBytes))
            return
        }
        var failed = false
        for path in paths {
            do {
                let article = try ArticleInput(web: web, maxBytes: limit.maxBytes).load(path)
                StandardError.printWarnings(of: article)
                print(TextReport.render(Analyzer().analyze(article)))
            } catch {
                failed = true
                StandardError.print("byline: \(error)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
