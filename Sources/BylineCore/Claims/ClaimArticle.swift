import Foundation

/// One analysed article as claim grouping needs it: the analysis and where it came from.
public struct ClaimArticle: Sendable {
    public var analysis: Analysis
    public var outlet: String
    public var location: String?
    public var firstSeen: Date?

    /// `outlet` defaults to the analysis's publisher, else its site, else "unknown outlet".
    public init(analysis: Analysis, outlet: String? = nil, location: String? = nil, firstSeen: Date? = nil) {
        self.analysis = analysis
        self.outlet = outlet ?? analysis.document.publisher ?? analysis.document.site ?? "unknown outlet"
        self.location = location ?? analysis.path
        self.firstSeen = firstSeen
    }

    /// Groups the claims of `articles` (in memory, with `ClaimGrouper`): the groups made by at
    /// least `minimumArticles` articles, most articles first, then in order of their first
    /// claim; ids count from 1 in that order, so the same articles in the same order always
    /// give the same ids. Articles with the same document id count once.
    public static func groups(_ articles: [ClaimArticle], minimumArticles: Int = 2) -> [ClaimGroup] {
        var grouper = ClaimGrouper()
        var reports: [ClaimReport] = []
        var documents: [String: Int] = [:]
        for article in articles {
            let analysis = article.analysis
            let id = analysis.document.id
            guard documents[id] == nil else { continue }
            let document = documents.count
            documents[id] = document
            let published = analysis.document.published.flatMap(ClaimReport.date(iso:))
            for claim in analysis.claims {
                let fingerprint = ClaimFingerprint(text: claim.span.text)
                guard fingerprint != nil else { continue }
                grouper.add(document: document, fingerprint)
                reports.append(ClaimReport(documentID: id, outlet: article.outlet, title: analysis.document.title,
                                           location: article.location, claimID: claim.id, text: claim.span.text,
                                           range: claim.span.start..<claim.span.end, published: published,
                                           firstSeen: article.firstSeen, sequence: reports.count,
                                           via: ClaimReport.via(of: claim, in: analysis)))
            }
        }
        let lists = grouper.groups(minimumDocuments: minimumArticles)
        let ordered = lists.enumerated().sorted { a, b in
            let na = Set(a.element.map { reports[$0].documentID }).count, nb = Set(b.element.map { reports[$0].documentID }).count
            return na != nb ? na > nb : a.offset < b.offset
        }
        return ordered.enumerated().map { n, entry in ClaimGroup(id: n + 1, reports: entry.element.map { reports[$0] }) }
    }
}
