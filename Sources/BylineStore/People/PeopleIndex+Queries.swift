import Foundation
import GRDB

/// Reading the people index a page at a time: identities by quote count on a partial index,
/// an identity's quotes newest first on `(identityId, date, id)`.
extension PeopleIndex {
    /// Identities with at least one quote, most quoted first; `filter` keeps names containing it.
    public static func people(offset: Int, limit: Int, filter: String? = nil, _ db: Database) throws -> [PersonSummary] {
        let (condition, arguments) = nameCondition(filter)
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, kind, name, title, quotes, articles FROM people_identity INDEXED BY people_identity_quotes
            WHERE quotes > 0\(condition) ORDER BY quotes DESC, id LIMIT ? OFFSET ?
            """, arguments: arguments + [limit, offset])
        var people = rows.map { row in
            PersonSummary(id: row["id"], kind: PeopleKind(rawValue: row["kind"]) ?? .person, name: row["name"], title: row["title"],
                          quotes: row["quotes"], articles: row["articles"])
        }
        guard !people.isEmpty else { return [] }
        let span = try dateSpan(db)
        for n in people.indices { try fill(&people[n], span: span, db) }
        return people
    }

    /// The first and last day any quote of the index is dated, which the sparklines span.
    private static func dateSpan(_ db: Database) throws -> ClosedRange<Int64>? {
        // Two subqueries: SQLite reads a lone MIN or MAX off the index, but scans for both at once.
        let span = try Row.fetchOne(db, sql: "SELECT (SELECT MIN(day) FROM people_day) AS first, (SELECT MAX(day) FROM people_day) AS last")
        guard let first: Int64 = span?["first"], let last: Int64 = span?["last"] else { return nil }
        return first...last
    }

    /// Adds an identity's outlets and sparkline to its counts; SQLite sums the days into the
    /// sparkline's periods, so a row comes back per period, not per day.
    private static func fill(_ person: inout PersonSummary, span: ClosedRange<Int64>?, _ db: Database) throws {
        person.outlets = try String.fetchAll(db.cachedStatement(sql: """
            SELECT outlet FROM people_outlet WHERE identityId = ? ORDER BY quotes DESC, outlet LIMIT ?
            """), arguments: [person.id, outletLimit])
        person.outletCount = person.outlets.count < outletLimit ? person.outlets.count
            : try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM people_outlet WHERE identityId = ?"), arguments: [person.id]) ?? 0
        var spark = [Int](repeating: 0, count: sparkBuckets)
        if let span {
            let width = span.upperBound - span.lowerBound + 1
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT (day - ?) * ? / ? AS bucket, SUM(quotes) AS quotes FROM people_day WHERE identityId = ? GROUP BY bucket
                """), arguments: [span.lowerBound, sparkBuckets, width, person.id])
            for row in rows {
                let bucket: Int = row["bucket"]
                spark[max(0, min(sparkBuckets - 1, bucket))] += row["quotes"] as Int
            }
        }
        person.spark = spark
    }

    /// How many identities `people` lists with this filter.
    public static func peopleCount(filter: String? = nil, _ db: Database) throws -> Int {
        let (condition, arguments) = nameCondition(filter)
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM people_identity INDEXED BY people_identity_quotes WHERE quotes > 0\(condition)",
                                arguments: arguments) ?? 0
    }

    private static func nameCondition(_ filter: String?) -> (String, StatementArguments) {
        guard let filter, !filter.isEmpty else { return ("", []) }
        let escaped = filter.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        return (" AND name LIKE ? ESCAPE '\\'", ["%\(escaped)%"])
    }

    /// One identity's summary (for a name looked up on the command line).
    public static func person(id: Int64, _ db: Database) throws -> PersonSummary? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, kind, name, title, quotes, articles FROM people_identity WHERE id = ?",
                                         arguments: [id]) else { return nil }
        var person = PersonSummary(id: row["id"], kind: PeopleKind(rawValue: row["kind"]) ?? .person, name: row["name"], title: row["title"],
                                   quotes: row["quotes"], articles: row["articles"])
        try fill(&person, span: try dateSpan(db), db)
        return person
    }

    /// Identities a name on the command line means: the one its key links to, else those whose
    /// name contains it, most quoted first.
    public static func find(_ name: String, _ db: Database) throws -> [Int64] {
        if let parsed = PersonName(name) {
            let linked = try Int64.fetchAll(db, sql: """
                SELECT k.identityId FROM people_key k JOIN people_identity i ON i.id = k.identityId
                WHERE k.key IN (?, ?, ?) AND i.quotes > 0 ORDER BY i.quotes DESC
                """, arguments: [PersonLinker.fullKey(.person, parsed.key), PersonLinker.fullKey(.organisation, PersonName(verbatim: name)?.key ?? ""),
                                 PersonLinker.fullKey(.outlet, PersonName(verbatim: name)?.key ?? "")])
            if !linked.isEmpty { return linked }
        }
        let (condition, arguments) = nameCondition(name)
        return try Int64.fetchAll(db, sql: "SELECT id FROM people_identity WHERE quotes > 0\(condition) ORDER BY quotes DESC, id",
                                  arguments: arguments)
    }

    /// An identity's quotes, newest first, after `cursor` (the last one of the page before).
    public static func quotes(of identityID: Int64, after cursor: PersonQuote? = nil, limit: Int, _ db: Database) throws -> [PersonQuote] {
        var sql = "SELECT * FROM people_quote WHERE identityId = ?"
        var arguments: StatementArguments = [identityID]
        if let cursor {
            sql += " AND (date < ? OR (date = ? AND id < ?))"
            let date = millis(cursor.date)
            arguments += [date, date, cursor.id]
        }
        sql += " ORDER BY date DESC, id DESC LIMIT ?"
        arguments += [limit]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(quote)
    }

    /// The quote of the index at `start` in a document (a quote the reader has marked).
    public static func quote(documentID: String, start: Int, _ db: Database) throws -> PersonQuote? {
        try Row.fetchOne(db, sql: "SELECT * FROM people_quote WHERE documentId = ? AND start = ? LIMIT 1", arguments: [documentID, start])
            .map(quote)
    }

    /// The quote of the same identity after `quote` in newest-first order, in another article
    /// when `otherArticle`; wraps around to the newest; nil when it has no other.
    public static func next(after quote: PersonQuote, otherArticle: Bool, _ db: Database) throws -> PersonQuote? {
        let other = otherArticle ? " AND documentId != ?" : ""
        let date = millis(quote.date)
        var arguments: StatementArguments = [quote.identityID, date, date, quote.id]
        if otherArticle { arguments += [quote.documentID] }
        if let row = try Row.fetchOne(db, sql: """
            SELECT * FROM people_quote WHERE identityId = ? AND (date < ? OR (date = ? AND id < ?))\(other)
            ORDER BY date DESC, id DESC LIMIT 1
            """, arguments: arguments) {
            return Self.quote(row)
        }
        var wrap: StatementArguments = [quote.identityID, quote.id]
        if otherArticle { wrap += [quote.documentID] }
        return try Row.fetchOne(db, sql: "SELECT * FROM people_quote WHERE identityId = ? AND id != ?\(other) ORDER BY date DESC, id DESC LIMIT 1",
                                arguments: wrap).map(Self.quote)
    }

    static func millis(_ date: Date?) -> Int64 { date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } ?? 0 }

    static func quote(_ row: Row) -> PersonQuote {
        let date: Int64 = row["date"]
        return PersonQuote(id: row["id"], identityID: row["identityId"], documentID: row["documentId"], quoteID: row["quoteId"],
                           range: (row["start"] as Int)..<(row["end"] as Int), text: row["text"], said: row["said"], outlet: row["outlet"],
                           date: date > 0 ? Date(timeIntervalSince1970: Double(date) / 1000) : nil)
    }
}
