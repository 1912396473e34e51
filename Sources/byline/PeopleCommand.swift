import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline people`: who the library (or the articles named) quotes, with counts, outlets and
/// a sparkline; `byline people show NAME`: one person's quotes across articles.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Who is quoted across the library, or across the articles named.",
        discussion: """
        With no file, the library's people index (filled as analysed articles arrive); with \
        files, they are analysed (--jobs at once) and indexed in memory. --json writes JSON lines.
        """,
        subcommands: [PeopleListCommand.self, PeopleShowCommand.self],
        defaultSubcommand: PeopleListCommand.self)
}

/// The options both `people` commands share: where the people come from, and the format.
struct PeopleOptions: ParsableArguments {
    @Flag(name: .long, help: "JSON lines instead of text.")
    var json = false

    @OptionGroup var articles: ArticleSelection

    /// The library's index (brought up to date with analyses cached before it), or the files';
    /// `failed` when a named file could not be read (it is named on standard error).
    func source() throws -> (source: PeopleSource, failed: Bool) {
        if articles.readsLibrary {
            let library = LibraryStore(store: try articles.storeOptions.open())
            try library.indexPeople(analyzerVersion: LibraryArticle.analyzerVersion)
            return (library, false)
        }
        let (read, failed) = try AnalysedFiles(jobs: articles.jobs).analyse(articles.files) { analysis, _ in PeopleArticle(analysis) }
        let index = try TransientPeopleIndex()
        try index.index(read)
        return (index, failed)
    }
}

/// `byline people [list]`: every identity quoted, most quoted first.
struct PeopleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List everyone quoted, most quoted first.")

    @OptionGroup var options: PeopleOptions

    mutating func run() throws {
        let (source, failed) = try options.source()
        var offset = 0
        let page = 500
        while true {
            let (people, count) = try source.people(offset: offset, limit: page, filter: nil)
            if offset == 0 && count == 0 && !options.json { print("nobody quoted yet") }
            for person in people { print(options.json ? PeopleOutput.json(person) : PeopleOutput.line(person)) }
            offset += people.count
            guard people.count == page else { break }
        }
        if failed { throw ExitCode(1) }
    }
}

/// `byline people show NAME`: one identity's quotes across articles, newest first.
struct PeopleShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "List one person's quotes across articles, newest first.")

    @Argument(help: "The name (any form the index links: \"Lin Jian\", \"J. Smith\").")
    var name: String

    @OptionGroup var options: PeopleOptions

    mutating func run() throws {
        let (source, failed) = try options.source()
        let found = try source.findPeople(name)
        guard let person = found.first else {
            throw ValidationError("nobody named \(SafeText.line(name, limit: 100)) is quoted")
        }
        if !options.json {
            print(PeopleOutput.heading(person))
            if found.count > 1 {
                print("  (also matching: " + found.dropFirst().prefix(5).map { SafeText.line($0.name, limit: 60) }.joined(separator: ", ") + ")")
            }
        }
        var cursor: PersonQuote?
        while true {
            let quotes = try source.quotes(of: person.id, after: cursor, limit: 500)
            for quote in quotes { print(options.json ? PeopleOutput.json(quote, person: person) : PeopleOutput.line(quote)) }
            guard quotes.count == 500 else { break }
            cursor = quotes.last
        }
        if failed { throw ExitCode(1) }
    }
}
