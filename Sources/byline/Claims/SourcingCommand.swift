import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline sourcing`: how each outlet (or, with `--by article`, each article) sources what it
/// reports: the share of quotes resting on named people, officials, anonymous sources,
/// documents, other outlets and organisations, and the longest relay chains.
struct SourcingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sourcing",
        abstract: "Sourcing profile per outlet or per article: who the quotes rest on, and the longest relay chains.",
        discussion: """
        Each quote counts once, under its source in the article's source chain: named (a person \
        named, without a title), official (a person introduced by a title such as "Foreign \
        Minister", or a government body), anonymous ("sources familiar with the matter", and \
        unnamed people such as "a spokesperson"), document, outlet (another outlet or agency), \
        organization, or unknown (no speaker found). Relay chains run from a source through \
        those who relayed it to the publisher; only chains with at least one relay are listed.

        With FILES, those articles (analysed --jobs at a time; an article's outlet is its \
        publisher, else its site); without, the library (an article's outlet is its feed). \
        --json writes one JSON object per line.
        """
    )

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case outlet, article }

    @Option(name: .long, help: "Profile per outlet or per article.")
    var by: Grouping = .outlet

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    @OptionGroup var selection: ArticleSelection

    mutating func run() throws {
        var failed = false
        let articles = try ClaimsList.articles(selection, failed: &failed)
        for row in Self.rows(articles, by: by) {
            print(json ? SourcingOutput.json(row) : SourcingOutput.text(row))
        }
        if articles.isEmpty && !json { print("no analysed article") }
        if failed { throw ExitCode(1) }
    }

    /// One profile per outlet (most quotes first, then by name) or per article (in order).
    static func rows(_ articles: [ClaimArticle], by: Grouping) -> [SourcingOutput.Row] {
        switch by {
        case .article:
            return articles.map { a in
                SourcingOutput.Row(name: a.outlet, title: a.analysis.document.title, location: a.location, profile: SourcingProfile(a.analysis))
            }
        case .outlet:
            var profiles: [String: SourcingProfile] = [:]
            var order: [String] = []
            for a in articles {
                if profiles[a.outlet] == nil { order.append(a.outlet) }
                profiles[a.outlet, default: SourcingProfile()].add(SourcingProfile(a.analysis))
            }
            return order.sorted { x, y in
                let (px, py) = (profiles[x]!.quotes, profiles[y]!.quotes)
                return px != py ? px > py : x < y
            }.map { SourcingOutput.Row(name: $0, title: nil, location: nil, profile: profiles[$0]!) }
        }
    }
}

/// How `byline sourcing` prints a profile.
enum SourcingOutput {
    struct Row {
        var name: String
        var title: String?
        var location: String?
        var profile: SourcingProfile
    }

    static func text(_ row: Row) -> String {
        let p = row.profile
        var head = SafeText.line(row.name, limit: 40)
        if let title = row.title { head += ": " + SafeText.line(title, limit: 100) }
        if let location = row.location { head += "  " + SafeText.line(location, limit: 200) }
        var lines = [head + "  (\(p.articles) article\(p.articles == 1 ? "" : "s"), \(p.quotes) quote\(p.quotes == 1 ? "" : "s"))"]
        let shares = SourceCategory.allCases.filter { (p.counts[$0] ?? 0) > 0 }
            .map { "\($0.rawValue) \(percent(p.share($0))) (\(p.counts[$0]!))" }
        lines.append("  " + (shares.isEmpty ? "no quotes" : shares.joined(separator: ", ")))
        for chain in p.longestChains {
            lines.append("  relay: " + chain.names.map { SafeText.line($0, limit: 60) }.joined(separator: " → "))
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func json(_ row: Row) -> String {
        let p = row.profile
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.key("outlet"); w.string(row.name)
        if row.title != nil || row.location != nil {
            w.key("title"); w.string(row.title)
            w.key("location"); w.string(row.location)
        }
        w.key("articles"); w.int(p.articles)
        w.key("quotes"); w.int(p.quotes)
        w.key("counts")
        w.beginObject()
        for c in SourceCategory.allCases { w.key(c.rawValue); w.int(p.counts[c] ?? 0) }
        w.endObject()
        w.key("shares")
        w.beginObject()
        for c in SourceCategory.allCases { w.key(c.rawValue); w.double((p.share(c) * 1000).rounded() / 1000) }
        w.endObject()
        w.key("longestChains")
        w.beginArray()
        for chain in p.longestChains { w.stringArray(chain.names) }
        w.endArray()
        w.endObject()
        return w.output
    }
}
