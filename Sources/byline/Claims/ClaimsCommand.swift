import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline claims`: the claims of many articles, and with `--grouped` the same claim as
/// several outlets reported it (near-duplicate matching, see `ClaimFingerprint`); `show ID`
/// lists one group's reports in full.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List claims across articles; --grouped shows the same claim as several outlets reported it.",
        discussion: """
          byline claims [--grouped] [--json] [--jobs N] [FILES… | --library] [--store PATH]
          byline claims show ID [--json] [FILES… | --library]

        With FILES (files, folders, web pages), those articles are analysed (--jobs at a time); \
        without, the library: texts without an analysis are analysed and cached, and claims not \
        yet indexed are indexed and grouped incrementally in the store.

        Two sentences are one claim when, after normalising (case, punctuation, stop words and \
        reporting verbs dropped, light stemming, numbers as their value: "10,000", "10 thousand" \
        and "ten thousand" are one token), at least half of their words are shared (Jaccard ≥ 0.5; a wire dateline is left out), \
        their polarity agrees ("has not deployed" never joins "has deployed"), and the numbers \
        of one are all among the other's: "over 10,000 troops" and "over 1,000 troops" stay \
        apart. Candidates come from MinHash signatures with LSH banding, never all pairs. \
        A group lists its reports by publication date, then first seen, with the source the \
        claim was attributed to and the relays it came through ("via").

        --json writes one JSON object per line: a group with --grouped, else a claim.
        """,
        subcommands: [ClaimsList.self, ClaimsShow.self],
        defaultSubcommand: ClaimsList.self
    )
}

struct ClaimsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List claims, or claim groups with --grouped.")

    @Flag(name: .long, help: "Group the same claim across articles.")
    var grouped = false

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    @OptionGroup var selection: ArticleSelection

    mutating func run() throws {
        var failed = false
        if grouped {
            let groups = try Self.groups(selection, failed: &failed)
            for group in groups { print(json ? ClaimsOutput.json(group) : ClaimsOutput.text(group)) }
            if groups.isEmpty && !json { print("no claim is made by more than one article") }
        } else {
            let articles = try Self.articles(selection, failed: &failed)
            for article in articles {
                if !json { print(ClaimsOutput.heading(article)) }
                for claim in article.analysis.claims {
                    print(json ? ClaimsOutput.json(claim, in: article) : ClaimsOutput.text(claim, in: article))
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// The groups of the files given, or of the library (indexed first).
    static func groups(_ selection: ArticleSelection, failed: inout Bool) throws -> [ClaimGroup] {
        if selection.readsLibrary { return try ClaimIndex(store: try selection.preparedLibrary()).groups() }
        return ClaimArticle.groups(try selection.fileArticles(failed: &failed))
    }

    /// The analysed articles of the files given, or of the library.
    static func articles(_ selection: ArticleSelection, failed: inout Bool) throws -> [ClaimArticle] {
        guard selection.readsLibrary else { return try selection.fileArticles(failed: &failed) }
        let index = ClaimIndex(store: try selection.preparedLibrary())
        return try index.analysedArticles(analyzerVersion: LibraryArticle.analyzerVersion).compactMap { stored in
            guard let analysis = try? AnalysisJSON.decode(stored.json) else { return nil }
            return ClaimArticle(analysis: analysis, outlet: stored.outlet, location: stored.location)
        }
    }
}

struct ClaimsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one claim group: every report, in order, with outlet, title, address and via.")

    @Argument(help: "The group's id, as `byline claims --grouped` lists it.")
    var id: String

    @Flag(name: .long, help: "The group as one JSON object.")
    var json = false

    @OptionGroup var selection: ArticleSelection

    mutating func run() throws {
        let digits = id.hasPrefix("group ") ? String(id.dropFirst(6)) : id
        guard let number = Int(digits), number > 0 else { throw ValidationError("\(SafeText.echo(id)) is not a group id (a number)") }
        var failed = false
        let group: ClaimGroup?
        if selection.readsLibrary {
            group = try ClaimIndex(store: try selection.preparedLibrary()).group(id: Int64(number)).flatMap { $0.articles > 1 ? $0 : nil }
        } else {
            group = ClaimArticle.groups(try selection.fileArticles(failed: &failed)).first { $0.id == number }
        }
        guard let group else {
            StandardError.print("byline: no claim group \(number)\(selection.readsLibrary ? " in the library" : " in these articles")")
            throw ExitCode(1)
        }
        print(json ? ClaimsOutput.json(group) : ClaimsOutput.text(group, detailed: true))
        if failed { throw ExitCode(1) }
    }
}
