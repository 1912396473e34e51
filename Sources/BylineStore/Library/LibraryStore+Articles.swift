import Foundation
import GRDB

extension LibraryStore {
    /// Items of a feed still without a text, newest first: those an update fetches.
    public func itemsNeedingText(feedID: Int64, limit: Int = 1_000) throws -> [LibraryItem] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(LibraryRows.itemColumns) FROM library_item WHERE feedId = ? AND documentId IS NULL
                ORDER BY sortDate DESC, id DESC LIMIT ?
                """, arguments: [feedID, limit]).map(LibraryRows.item)
        }
    }

    /// Stores an item's text (and its analysis, when given) in one transaction, and records
    /// the text in the annotation library under the item's link, so annotations made on it
    /// are found by address too. `error` says why the page itself could not be used, when the
    /// text is the feed's summary instead. A second item of the same feed with the same text
    /// is a duplicate and is dropped, unless starred.
    @discardableResult
    public func storeText(_ text: ArticleText, analysis: CachedAnalysis?, itemID: Int64, error: String? = nil) throws -> TextOutcome {
        try storeTexts([ItemText(itemID: itemID, text: text, analysis: analysis, error: error)])[0]
    }

    /// Stores several items' texts in one transaction (one disk sync for a whole feed),
    /// each as `storeText` would.
    @discardableResult
    public func storeTexts(_ texts: [ItemText]) throws -> [TextOutcome] {
        guard !texts.isEmpty else { return [] }
        let now = store.now()
        return try store.write { db in
            try texts.map { try Self.storeText($0.text, analysis: $0.analysis, itemID: $0.itemID, error: $0.error, at: now, db) }
        }
    }

    private static func storeText(_ text: ArticleText, analysis: CachedAnalysis?, itemID: Int64, error: String?, at now: Date,
                                  _ db: Database) throws -> TextOutcome {
        guard let row = try Row.fetchOne(db, sql: "SELECT feedId, link, starred FROM library_item WHERE id = ?", arguments: [itemID]) else {
            return .gone
        }
        let feedID: Int64? = row["feedId"]
        let starred: Bool = row["starred"]
        if !starred, let twin = try Int64.fetchOne(db, sql: """
            SELECT id FROM library_item WHERE documentId = ? AND feedId IS ? AND id != ? ORDER BY id LIMIT 1
            """, arguments: [text.documentID, feedID, itemID]) {
            try db.execute(sql: "DELETE FROM library_item WHERE id = ?", arguments: [itemID])
            return .duplicate(of: twin)
        }
        try keep(text, analysis: analysis, path: row["link"], at: now, db)
        try db.execute(sql: "UPDATE library_item SET documentId = ?, textSource = ?, textError = ? WHERE id = ?",
                       arguments: [text.documentID, text.source.rawValue, error, itemID])
        if let analysis { try indexPeople(analysis, db) }
        return .stored
    }

    /// The text of a document, if the library has it.
    public func text(documentID: String) throws -> String? {
        try store.pool.read { db in try String.fetchOne(db, sql: "SELECT text FROM library_text WHERE documentId = ?", arguments: [documentID]) }
    }

    /// The cached analysis of a text by this analyser version; nil means analyse (and cache).
    public func analysis(documentID: String, analyzerVersion: String) throws -> CachedAnalysis? {
        try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM library_analysis WHERE documentId = ? AND analyzerVersion = ?",
                             arguments: [documentID, analyzerVersion]).map {
                CachedAnalysis(documentID: $0["documentId"], analyzerVersion: $0["analyzerVersion"], json: $0["json"],
                               quotes: $0["quotes"], claims: $0["claims"])
            }
        }
    }

    /// Caches an analysis (replacing one of the same version).
    public func cache(_ analysis: CachedAnalysis) throws {
        let now = store.now()
        try store.write { db in
            try Self.cache(analysis, at: now, db)
            try Self.indexPeople(analysis, db)
        }
    }

    static func keep(_ text: ArticleText, analysis: CachedAnalysis?, path: String?, at now: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO library_text (documentId, text, stored) VALUES (?, ?, ?)",
                       arguments: [text.documentID, text.text, LibraryRows.millis(now)])
        try AnnotationStore.upsert(DocumentRecord(id: text.documentID, path: path.flatMap(DocumentRecord.libraryPath), title: text.title,
                                                  length: text.length), db, at: now)
        if let analysis { try cache(analysis, at: now, db) }
    }

    static func cache(_ analysis: CachedAnalysis, at now: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO library_analysis (documentId, analyzerVersion, json, quotes, claims, stored) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [analysis.documentID, analysis.analyzerVersion, analysis.json, analysis.quotes, analysis.claims,
                             LibraryRows.millis(now)])
    }
}
