import BylineCore
import Foundation
import GRDB

/// The people index of the library: an analysis is indexed in the transaction that caches it
/// (with its item's feed as the outlet and its date), and the people view reads it by page.
extension LibraryStore {
    /// Identities most quoted first, a page at a time.
    public func people(offset: Int, limit: Int, filter: String? = nil) throws -> (people: [PersonSummary], count: Int) {
        try store.pool.read { db in
            (try PeopleIndex.people(offset: offset, limit: limit, filter: filter, db), try PeopleIndex.peopleCount(filter: filter, db))
        }
    }

    /// An identity's quotes newest first, each with the library item that holds it.
    public func quotes(of identityID: Int64, after cursor: PersonQuote? = nil, limit: Int) throws -> [PersonQuote] {
        try store.pool.read { db in
            try PeopleIndex.quotes(of: identityID, after: cursor, limit: limit, db).map { try Self.withItem($0, db) }
        }
    }

    /// The same speaker's quote in the next article that quotes them, from the quote at
    /// `start` in `documentID`; nil when the index has no such quote or speaker has no other.
    public func nextQuoteElsewhere(documentID: String, start: Int) throws -> (from: PersonQuote, next: PersonQuote?)? {
        try store.pool.read { db in
            guard let here = try PeopleIndex.quote(documentID: documentID, start: start, db) else { return nil }
            return (here, try PeopleIndex.next(after: here, otherArticle: true, db).map { try Self.withItem($0, db) })
        }
    }

    /// The identity a name means, else those whose name contains it.
    public func findPeople(_ name: String) throws -> [PersonSummary] {
        try store.pool.read { db in try PeopleIndex.find(name, db).compactMap { try PeopleIndex.person(id: $0, db) } }
    }

    /// Indexes every cached analysis of `analyzerVersion` not indexed yet (a library made
    /// before the people index, or with the index emptied); returns how many were indexed.
    @discardableResult
    public func indexPeople(analyzerVersion: String) throws -> Int {
        try store.write { db in
            let missing = try Row.fetchAll(db, sql: """
                SELECT a.documentId, a.json FROM library_analysis a
                WHERE a.analyzerVersion = ? AND NOT EXISTS (SELECT 1 FROM people_document d WHERE d.documentId = a.documentId)
                """, arguments: [analyzerVersion])
            var indexed = 0
            for row in missing {
                guard let analysis = try? AnalysisJSON.decode(row["json"] as String) else { continue }
                try Self.indexPeople(analysis, documentID: row["documentId"], db)
                indexed += 1
            }
            return indexed
        }
    }

    /// Indexes a cached analysis under its item's feed and date (the analysis's own publisher
    /// and date when no item holds it yet). A cache entry that does not decode is left out.
    static func indexPeople(_ cached: CachedAnalysis, _ db: Database) throws {
        guard let analysis = cached.analysis ?? (try? AnalysisJSON.decode(cached.json)) else { return }
        try indexPeople(analysis, documentID: cached.documentID, db)
    }

    private static func indexPeople(_ analysis: Analysis, documentID: String, _ db: Database) throws {
        let item = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT i.published, i.sortDate, i.link, f.name FROM library_item i LEFT JOIN library_feed f ON f.id = i.feedId
            WHERE i.documentId = ? ORDER BY i.id LIMIT 1
            """), arguments: [documentID])
        let millis: Int64? = item.flatMap { $0["published"] ?? $0["sortDate"] }
        let link: String? = item?["link"]
        var article = PeopleArticle(analysis, outlet: item?["name"] ?? link.flatMap { URL(string: $0)?.host },
                                    date: millis.map { Date(timeIntervalSince1970: Double($0) / 1000) })
        article.documentID = documentID
        try PeopleIndex.index(article, db)
    }

    private static func withItem(_ quote: PersonQuote, _ db: Database) throws -> PersonQuote {
        var quote = quote
        quote.itemID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM library_item WHERE documentId = ? ORDER BY id LIMIT 1"),
                                          arguments: [quote.documentID])
        return quote
    }
}

extension LibraryStore {
    /// Indexes articles in one transaction (benchmarks, and articles analysed elsewhere).
    public func indexPeople(_ articles: [PeopleArticle]) throws {
        try store.write { db in
            for article in articles { try PeopleIndex.index(article, db) }
        }
    }
}
