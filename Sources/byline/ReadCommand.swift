import ArgumentParser
import BylineCore
import BylineReader
import BylineWeb
import Foundation

/// `byline [FILE…]`: reads articles in the interactive reader; with no arguments, standard
/// input when it is a pipe or a file, else the bundled sample. When standard output is not a terminal it prints each article's summary instead.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles (the default command); with no FILE, standard input, the library or the bundled sample.",
        discussion: """
        Several files or a folder open a list of articles (Enter opens one, q or h goes back, / filters, J/K next and previous); files that cannot be read are listed with why. With no FILE, a pipe or file on standard input is read (cat a.txt | byline); on a terminal the library opens (feeds, then items; see `byline feeds`), or the sample when the library is empty or with --sample.

        Keys: j/k or arrows scroll, Space/PgDn and PgUp page, g/G top and bottom, Tab or 1–5 focus a pane, Enter jumps to the selected item, ]/[ next and previous quote, }/{ next and previous quote by another speaker, s cycles the speaker's quotes, f filters by speaker, / searches (n/N repeat), a annotates a claim, q goes back to the list (or quits), Q quits. Press ? in the reader for every key.

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

    @Flag(help: "Open the bundled sample article, even when the library has articles.")
    var sample = false

    @Argument(help: "Article files (text or saved web pages), folders or URLs; none reads a piped standard input, else the bundled sample article.")
    var files: [String] = []

    mutating func run() throws {
        var paths: [String] = []
        var emptyFolders: [UnreadableInput] = []
        for file in files {
            let found = InputPaths.expand([file])
            if found.isEmpty {
                emptyFolders.append(UnreadableInput(path: file, message: "\(SafeText.echo(file)): no article in this folder (text files and saved web pages)"))
            }
            paths += found
        }
        if files.isEmpty && !sample && !Self.standardInputHasText && isatty(STDOUT_FILENO) != 0,
           let library = LibraryReader.openIfNotEmpty(store) {
            try LibraryReader.run(library, themeOption: theme, store: store, input: ArticleInput(web: web, maxBytes: limit.maxBytes),
                                  web: web)
            return
        }
        if files.isEmpty {
            if Self.standardInputHasText {
                paths = ["-"]
            } else {
                guard let sample = SampleArticle.path else {
                    throw ValidationError("the bundled sample article is missing from this build")
                }
                paths = [sample]
            }
        }
        if isatty(STDOUT_FILENO) != 0 {
            try InteractiveReader.run(paths: paths, unreadable: emptyFolders, themeOption: theme, store: store,
                                      input: ArticleInput(web: web, maxBytes: limit.maxBytes))
            return
        }
        var failed = !emptyFolders.isEmpty
        for folder in emptyFolders { StandardError.print("byline: \(folder.message)") }
        for path in paths {
            do {
                let article = try EmptyStandardInput.check(ArticleInput(web: web, maxBytes: limit.maxBytes).load(path))
                StandardError.printWarnings(of: article)
                let name = path == "-" ? ArticleText.standardInputName : article.path
                print(TextReport.render(Analyzer().analyze(Document(article.text), path: name, format: article.format,
                                                           pageMetadata: article.metadata)))
            } catch {
                failed = true
                StandardError.print("byline: \(error)")
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// True when standard input is a pipe or a file (`cat a.txt | byline`, `byline < a.txt`):
    /// then it is the article. A terminal, or nothing useful such as /dev/null, is not.
    static var standardInputHasText: Bool {
        guard isatty(STDIN_FILENO) == 0 else { return false }
        var info = stat()
        guard fstat(STDIN_FILENO, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFREG || type == S_IFSOCK
    }
}
