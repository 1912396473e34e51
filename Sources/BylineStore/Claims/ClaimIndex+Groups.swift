import BylineCore
import Foundation
import GRDB

extension ClaimIndex {
    /// Every group of claims made by at least `minimumArticles` articles: most articles first,
    /// then by id (oldest first). Reports come with their outlet (the feed's name, else the
    /// analysis's publisher, else the address's host), dates and via chains.
    public func groups(minimumArticles: Int = 2) throws -> [ClaimGroup] {
        try store.pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.id, s.documentId, s.claimId, s.start, s."end", s.text, s.via, s.groupId, g.articles FROM claim_sentence s
                JOIN (SELECT groupId, COUNT(DISTINCT documentId) AS articles FROM claim_sentence GROUP BY groupId
                      HAVING COUNT(DISTINCT documentId) >= ?) g ON g.groupId = s.groupId
                ORDER BY g.articles DESC, s.groupId, s.id
                """, arguments: [max(1, minimumArticles)])
            var origins: [String: ReportOrigin] = [:]
            var groups: [ClaimGroup] = []
            var reports: [ClaimReport] = []
            var current: Int64?
            for row in rows {
                let group: Int64 = row["groupId"]
                if group != current, let current {
                    groups.append(ClaimGroup(id: Int(current), reports: reports))
                    reports.removeAll()
                }
                current = group
                reports.append(try Self.report(row, &origins, db))
            }
            if let current { groups.append(ClaimGroup(id: Int(current), reports: reports)) }
            return groups
        }
    }

    /// One group by its id (nil when no claim has it).
    public func group(id: Int64) throws -> ClaimGroup? {
        try store.pool.read { db in
            var origins: [String: ReportOrigin] = [:]
            let group = try Self.group(id, &origins, db)
            return group.reports.isEmpty ? nil : group
        }
    }

    /// The other articles' reports of the claim at `range` of document `documentID`, with the
    /// group's id; nil when that claim is in no group with another article.
    public func otherReports(documentID: String, range: Range<Int>) throws -> (group: Int64, reports: [ClaimReport])? {
        try store.pool.read { db in
            guard let groupID = try Int64.fetchOne(db, sql: """
                SELECT groupId FROM claim_sentence WHERE documentId = ? AND start < ? AND "end" > ? ORDER BY start LIMIT 1
                """, arguments: [documentID, range.upperBound, range.lowerBound]) else { return nil }
            var origins: [String: ReportOrigin] = [:]
            let others = try Self.group(groupID, &origins, db).reports.filter { $0.documentID != documentID }
            return others.isEmpty ? nil : (groupID, others)
        }
    }

    /// Copies an annotation's verdict, note and tags onto other reports of its claim, each
    /// anchored on the report's sentence in that article's text; a report that already has an
    /// annotation on exactly that sentence, or whose text the library no longer has, is
    /// skipped. Returns how many were added.
    @discardableResult
    public func copy(_ annotation: Annotation, to reports: [ClaimReport]) throws -> Int {
        let library = LibraryStore(store: store)
        let draft = AnnotationDraft(verdict: annotation.verdict, note: annotation.note, tags: annotation.tags)
        var added = 0
        for report in reports where report.documentID != annotation.documentID {
            guard let text = try library.text(documentID: report.documentID) else { continue }
            let scalars = ScalarText(text)
            guard report.range.upperBound <= scalars.count else { continue }
            let existing = try store.annotations(documentID: report.documentID)
            if existing.contains(where: { $0.anchor.start == report.range.lowerBound && $0.anchor.end == report.range.upperBound }) { continue }
            let record = try store.document(id: report.documentID)
                ?? DocumentRecord(id: report.documentID, path: nil, title: report.title, length: scalars.count)
            try store.add(draft, anchor: TextAnchor(range: report.range, in: scalars), document: record)
            added += 1
        }
        return added
    }

    // MARK: rows

    /// Where and when an article was reported, as the library knows it.
    struct ReportOrigin {
        var outlet: String
        var title: String?
        var location: String?
        var published: Date?
        var firstSeen: Date?
    }

    static func group(_ id: Int64, _ origins: inout [String: ReportOrigin], _ db: Database) throws -> ClaimGroup {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, documentId, claimId, start, "end", text, via FROM claim_sentence WHERE groupId = ? ORDER BY id
            """, arguments: [id])
        return ClaimGroup(id: Int(id), reports: try rows.map { try report($0, &origins, db) })
    }

    static func report(_ row: Row, _ origins: inout [String: ReportOrigin], _ db: Database) throws -> ClaimReport {
        let documentID: String = row["documentId"]
        if origins[documentID] == nil { origins[documentID] = try origin(documentID, db) }
        let origin = origins[documentID]!
        let start: Int = row["start"], end: Int = row["end"]
        return ClaimReport(documentID: documentID, outlet: origin.outlet, title: origin.title, location: origin.location,
                           claimID: row["claimId"], text: row["text"], range: start..<max(start, end),
                           published: origin.published, firstSeen: origin.firstSeen, sequence: Int(row["id"] as Int64),
                           via: ClaimRows.list(row["via"]))
    }

    static func origin(_ documentID: String, _ db: Database) throws -> ReportOrigin {
        let indexed = try Row.fetchOne(db, sql: "SELECT publisher, title, published FROM claim_document WHERE documentId = ?",
                                       arguments: [documentID])
        let publisher: String? = indexed?["publisher"]
        let declared = (indexed?["published"] as String?).flatMap(PublishedDate.parse)
        if let item = try Row.fetchOne(db, sql: """
            SELECT i.title, i.link, i.published, i.added, f.name AS feedName FROM library_item i
            LEFT JOIN library_feed f ON f.id = i.feedId
            WHERE i.documentId = ? ORDER BY COALESCE(i.published, i.added), i.id LIMIT 1
            """, arguments: [documentID]) {
            let link: String? = item["link"]
            let title: String = item["title"]
            let published: Int64? = item["published"]
            return ReportOrigin(outlet: item["feedName"] ?? publisher ?? link.flatMap(host) ?? "unknown outlet",
                                title: title.isEmpty ? indexed?["title"] : title, location: link,
                                published: published.map { LibraryRows.date($0) } ?? declared, firstSeen: LibraryRows.date(item["added"] as Int64) as Date)
        }
        let document = try Row.fetchOne(db, sql: "SELECT path, title, firstSeen FROM document WHERE id = ?", arguments: [documentID])
        let path: String? = document?["path"]
        return ReportOrigin(outlet: publisher ?? path.flatMap(host) ?? "unknown outlet", title: document?["title"] ?? indexed?["title"],
                            location: path, published: declared, firstSeen: (document?["firstSeen"] as Int64?).map { LibraryRows.date($0) })
    }

    static func host(_ address: String) -> String? {
        guard let host = URLComponents(string: address)?.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
