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
        var entries: [(article: Int, claim: Int)] = []
        var documents: Set<String> = []
        for (a, article) in articles.enumerated() {
            guard documents.insert(article.analysis.document.id).inserted else { continue }
            for (c, claim) in article.analysis.claims.enumerated() {
                guard let fingerprint = ClaimFingerprint(text: claim.span.text) else { continue }
                grouper.add(document: a, fingerprint)
                entries.append((a, c))
            }
        }
        let lists = grouper.groups(minimumDocuments: minimumArticles)
        let sizes = lists.map { Set($0.map { entries[$0].article }).count }
        let ordered = lists.indices.sorted { a, b in sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b }
        var published: [Int: Date?] = [:]
        return ordered.enumerated().map { n, i in
            ClaimGroup(id: n + 1, reports: lists[i].map { e in
                let (a, c) = entries[e]
                let article = articles[a], analysis = article.analysis, claim = analysis.claims[c]
                if published[a] == nil { published[a] = analysis.document.published.flatMap(PublishedDate.parse) }
                return ClaimReport(documentID: analysis.document.id, outlet: article.outlet, title: analysis.document.title,
                                   location: article.location, claimID: claim.id, text: claim.span.text, range: claim.span.range,
                                   published: published[a] ?? nil, firstSeen: article.firstSeen, sequence: e,
                                   via: ClaimReport.via(of: claim, in: analysis))
            })
        }
    }
}
