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

extension ClaimReport {
    /// An ISO 8601 date as articles declare them ("2024-10-18T09:00:00+09:00", "…Z", with or
    /// without fractions of a second, or a day alone); nil for anything else. Parsed by hand:
    /// it runs once per article, and a date formatter costs more than the rest of grouping.
    public static func date(iso text: String) -> Date? {
        let b = Array(text.utf8.drop { $0 == 0x20 })
        func number(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var n = 0
            for k in at..<(at + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                n = n * 10 + Int(b[k] - 0x30)
            }
            return n
        }
        guard let y = number(0, 4), b.count >= 10, b[4] == 0x2D, b[7] == 0x2D, let m = number(5, 2), let d = number(8, 2),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        var seconds = Double(days) * 86_400
        guard b.count > 10, b[10] == 0x54 || b[10] == 0x20, let h = number(11, 2), b.count >= 16, b[13] == 0x3A, let mi = number(14, 2) else {
            return Date(timeIntervalSince1970: seconds)
        }
        var at = 16
        var s = 0
        if at < b.count, b[at] == 0x3A, let sec = number(at + 1, 2) {
            s = sec
            at += 3
        }
        if at < b.count, b[at] == 0x2E || b[at] == 0x2C {
            at += 1
            while at < b.count, b[at] >= 0x30 && b[at] <= 0x39 { at += 1 }
        }
        seconds += Double(h * 3_600 + mi * 60 + s)
        if at < b.count, b[at] == 0x2B || b[at] == 0x2D, let oh = number(at + 1, 2) {
            let om = (at + 3 < b.count && b[at + 3] == 0x3A ? number(at + 4, 2) : number(at + 3, 2)) ?? 0
            seconds -= Double(b[at] == 0x2B ? 1 : -1) * Double(oh * 3_600 + om * 60)
        }
        return Date(timeIntervalSince1970: seconds)
    }
}
