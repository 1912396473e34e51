import Foundation

/// One article's report of a claim that several articles make: which outlet and article, the
/// sentence as it reads there, when the article was published or first seen, and via whom it
/// came (the claim's attributed source and the relays up to the publisher, publisher left out).
public struct ClaimReport: Sendable, Equatable {
    public var documentID: String
    public var outlet: String
    public var title: String?
    /// The article's path or address, when known.
    public var location: String?
    public var claimID: String
    public var text: String
    /// Scalar offsets of the sentence in the article's text.
    public var range: Range<Int>
    public var published: Date?
    public var firstSeen: Date?
    /// Where the claim came in (input order, or the store's row): the last tie-break.
    public var sequence: Int
    public var via: [String]

    public init(documentID: String, outlet: String, title: String?, location: String?, claimID: String, text: String,
                range: Range<Int>, published: Date?, firstSeen: Date?, sequence: Int, via: [String]) {
        self.documentID = documentID
        self.outlet = outlet
        self.title = title
        self.location = location
        self.claimID = claimID
        self.text = text
        self.range = range
        self.published = published
        self.firstSeen = firstSeen
        self.sequence = sequence
        self.via = via
    }

    /// The order a group lists its reports in: by publication date, then by when each was
    /// first seen, then as they came in. An undated report sorts by when it was first seen,
    /// and one with neither after every dated one.
    public static func reportedBefore(_ a: ClaimReport, _ b: ClaimReport) -> Bool {
        let da = a.published ?? a.firstSeen, db = b.published ?? b.firstSeen
        if da != db {
            guard let da else { return false }
            guard let db else { return true }
            return da < db
        }
        if a.firstSeen != b.firstSeen, let fa = a.firstSeen, let fb = b.firstSeen { return fa < fb }
        return a.sequence < b.sequence
    }

    /// The via chain of `claim` in `analysis`, as `ClaimReport.via` holds it.
    public static func via(of claim: Claim, in analysis: Analysis) -> [String] {
        guard let source = claim.source, let chain = RelayChain.from(source, in: analysis) else { return [] }
        return chain.withoutPublisher
    }
}

/// A claim made by several articles, its reports in reporting order.
public struct ClaimGroup: Sendable, Equatable {
    public var id: Int
    public var reports: [ClaimReport]

    public init(id: Int, reports: [ClaimReport]) {
        self.id = id
        self.reports = reports.sorted(by: ClaimReport.reportedBefore)
    }

    /// The first report's sentence: what the group is called in lists.
    public var headline: String { reports.first?.text ?? "" }
    public var articles: Int { Set(reports.map(\.documentID)).count }
    public var outlets: [String] {
        var seen: Set<String> = []
        return reports.map(\.outlet).filter { seen.insert($0).inserted }
    }
}
