import Foundation
import GRDB

/// The library-wide index of who is quoted where, on the people tables: an article's quotes
/// are linked to identities (`PersonLinker`) and counted as it is indexed; indexing it again
/// (a new analysis) first takes its old rows and counts away. Every function works inside the
/// caller's transaction, so a store indexes an analysis in the transaction that caches it.
public enum PeopleIndex {
    /// Periods the sparkline divides the library's dates into.
    public static let sparkBuckets = 12
    /// Outlets named per identity in a list row.
    public static let outletLimit = 3

    static let dayMillis: Int64 = 86_400_000

    /// Indexes `article`, replacing what an earlier analysis of the same text indexed.
    public static func index(_ article: PeopleArticle, _ db: Database) throws {
        try remove(documentID: article.documentID, db)
        try db.cachedStatement(sql: "INSERT INTO people_document (documentId) VALUES (?)").execute(arguments: [article.documentID])
        guard !article.mentions.isEmpty else { return }
        var directory = SQLPeopleDirectory(db: db)
        let ids = try PersonLinker().link(article.mentions.map { PersonLinker.Name(kind: $0.kind, name: $0.name) }, in: &directory)
        let date = millis(article.date)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO people_quote (identityId, documentId, quoteId, start, end, text, said, outlet, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var perIdentity: [Int64: Int] = [:]
        var titles: [Int64: String] = [:]
        // Inserted last quote first: rows of one date list newest-first by id descending, so
        // an article's quotes come in reading order.
        for (mention, id) in zip(article.mentions, ids).reversed() {
            guard let id else { continue }
            try insert.execute(arguments: [id, article.documentID, mention.quoteID, mention.range.lowerBound, mention.range.upperBound,
                                           mention.text, mention.said, article.outlet, date])
            perIdentity[id, default: 0] += 1
            if mention.kind == .person, let title = mention.title ?? said(mention) { titles[id] = title }
        }
        try count(perIdentity, outlet: article.outlet, date: date, sign: 1, db)
        for (id, title) in titles {
            try db.cachedStatement(sql: "UPDATE people_identity SET title = ? WHERE id = ?").execute(arguments: [title, id])
        }
    }

    /// The title before the name in the words the article used ("Deputy Minister John Smith"),
    /// when those words end with the name itself.
    private static func said(_ mention: PeopleArticle.Mention) -> String? {
        guard mention.said != mention.name, let said = PersonName(mention.said), said.title != nil,
              said.key == PersonName(mention.name)?.key else { return nil }
        return said.title
    }

    /// Takes a document's quotes out of the index (its text was dropped, or is indexed again).
    public static func remove(documentID: String, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM people_document WHERE documentId = ?").execute(arguments: [documentID])
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT identityId, outlet, date, COUNT(*) AS n FROM people_quote WHERE documentId = ? GROUP BY identityId
            """), arguments: [documentID])
        guard !rows.isEmpty else { return }
        for row in rows {
            try count([row["identityId"]: row["n"]], outlet: row["outlet"], date: row["date"], sign: -1, db)
        }
        try db.cachedStatement(sql: "DELETE FROM people_quote WHERE documentId = ?").execute(arguments: [documentID])
    }

    /// Adds (or, with `sign` -1, takes away) one article's quotes per identity to the counts.
    private static func count(_ quotes: [Int64: Int], outlet: String?, date: Int64, sign: Int, _ db: Database) throws {
        let identity = try db.cachedStatement(sql: "UPDATE people_identity SET quotes = quotes + ?, articles = articles + ? WHERE id = ?")
        let outlets = try db.cachedStatement(sql: """
            INSERT INTO people_outlet (identityId, outlet, quotes) VALUES (?, ?, ?)
            ON CONFLICT (identityId, outlet) DO UPDATE SET quotes = quotes + excluded.quotes
            """)
        let days = try db.cachedStatement(sql: """
            INSERT INTO people_day (identityId, day, quotes) VALUES (?, ?, ?)
            ON CONFLICT (identityId, day) DO UPDATE SET quotes = quotes + excluded.quotes
            """)
        for (id, n) in quotes {
            try identity.execute(arguments: [sign * n, sign, id])
            if let outlet { try outlets.execute(arguments: [id, outlet, sign * n]) }
            if date > 0 { try days.execute(arguments: [id, date / dayMillis, sign * n]) }
            guard sign < 0 else { continue }
            if let outlet {
                try db.cachedStatement(sql: "DELETE FROM people_outlet WHERE identityId = ? AND outlet = ? AND quotes <= 0")
                    .execute(arguments: [id, outlet])
            }
            try db.cachedStatement(sql: "DELETE FROM people_day WHERE identityId = ? AND day = ? AND quotes <= 0")
                .execute(arguments: [id, date / dayMillis])
        }
    }
}
