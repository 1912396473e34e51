import BylineCore
import Foundation

/// schema.org `ClaimReview` JSON-LD, the markup fact-checkers publish and search engines read,
/// for each annotation with a verdict: `claimReviewed` (the claim's text from the analysis, else
/// the quote), `itemReviewed` a `Claim` with its `author` (the claim's source, a Person or an
/// Organization; none for anonymous sources) and `appearance` (the article: URL, headline,
/// publisher, date), `reviewRating` with the verdict as `alternateName` and a number on the
/// scale below, the review's `author` and `url` when configured, and `datePublished`.
///
/// Rating scale (worstRating 1, bestRating 5): false 1, misleading 2, disputed 3,
/// needs-context 4, supported 5; unverifiable has no place on it and carries no ratingValue.
public struct ClaimReviewExport: Sendable {
    /// Who publishes the review (Google asks for it; an Organization or a Person).
    public var author: ExportAgent?
    /// The page the fact check is published on (Google requires it).
    public var url: String?

    public init(author: ExportAgent? = nil, url: String? = nil) {
        self.author = author
        self.url = url
    }

    public static let worstRating = 1
    public static let bestRating = 5

    public static func ratingValue(_ verdict: Verdict) -> Int? {
        switch verdict {
        case .false: return 1
        case .misleading: return 2
        case .disputed: return 3
        case .needsContext: return 4
        case .supported: return 5
        case .unverifiable: return nil
        }
    }

    /// An annotation and the article it was made on, analysed.
    public struct Item: Sendable {
        public var annotation: Annotation
        /// Where the annotation stands in the analysed text now.
        public var range: Range<Int>
        public var analysis: Analysis
        public var articleURL: String?

        public init(annotation: Annotation, range: Range<Int>, analysis: Analysis, articleURL: String? = nil) {
            self.annotation = annotation
            self.range = range
            self.analysis = analysis
            self.articleURL = articleURL
        }
    }

    /// A JSON array of ClaimReviews, one per item with a verdict.
    public func render(_ items: [Item]) -> String {
        JSONValue.array(items.compactMap(review)).pretty
    }

    func review(_ item: Item) -> JSONValue? {
        let a = item.annotation
        guard let verdict = a.verdict else { return nil }
        let claim = Self.claim(at: item.range, in: item.analysis)
        var rating: [String: JSONValue] = [
            "@type": .string("Rating"),
            "alternateName": .string(verdict.label),
            "worstRating": .int(Int64(Self.worstRating)),
            "bestRating": .int(Int64(Self.bestRating)),
        ]
        if let value = Self.ratingValue(verdict) { rating["ratingValue"] = .int(Int64(value)) }
        var o: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("ClaimReview"),
            "claimReviewed": .string(claim?.span.text ?? a.anchor.exact),
            "itemReviewed": .object(claimItem(claim, item)),
            "reviewRating": .object(rating),
            "datePublished": .string(String(Timestamp.format(a.modified).prefix(10))),
        ]
        if !a.note.isEmpty { o["reviewBody"] = .string(a.note) }
        if let author { o["author"] = Self.agent(author) }
        if let url { o["url"] = .string(url) }
        return .object(o)
    }

    private func claimItem(_ claim: Claim?, _ item: Item) -> [String: JSONValue] {
        let info = item.analysis.document
        var out: [String: JSONValue] = ["@type": .string("Claim")]
        if let source = claim?.source.flatMap({ id in item.analysis.sources.first { $0.id == id } }), let type = Self.schemaType(source.kind) {
            out["author"] = .object(["@type": .string(type), "name": .string(source.name)])
        }
        var appearance: [String: JSONValue] = ["@type": .string("NewsArticle")]
        if let url = info.url ?? item.articleURL { appearance["url"] = .string(url) }
        if let title = info.title { appearance["headline"] = .string(title) }
        if let publisher = info.publisher { appearance["publisher"] = .object(["@type": .string("Organization"), "name": .string(publisher)]) }
        if let date = info.published {
            appearance["datePublished"] = .string(date)
            out["datePublished"] = .string(date)
        }
        out["appearance"] = .object(appearance)
        return out
    }

    /// The claim of the analysis the range falls in (the one overlapping it most).
    static func claim(at range: Range<Int>, in analysis: Analysis) -> Claim? {
        var best: (claim: Claim, overlap: Int)?
        for c in analysis.claims {
            let overlap = min(range.upperBound, c.span.end) - max(range.lowerBound, c.span.start)
            if overlap > 0 || (range.isEmpty && c.span.range.contains(range.lowerBound)), overlap > (best?.overlap ?? -1) {
                best = (c, overlap)
            }
        }
        return best?.claim
    }

    static func schemaType(_ kind: Source.Kind) -> String? {
        switch kind {
        case .person: return "Person"
        case .organization, .government, .outlet, .publisher: return "Organization"
        case .anonymous, .document, .unknown: return nil
        }
    }

    private static func agent(_ a: ExportAgent) -> JSONValue {
        var o: [String: JSONValue] = ["@type": .string(a.type), "name": .string(a.name)]
        if let id = a.id { o["url"] = .string(id) }
        return .object(o)
    }
}
