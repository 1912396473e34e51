import Foundation
import GRDB

/// The library of feeds and articles, in the same SQLite file as the annotations (so an
/// annotation and the item it was made on are one backup, one transaction apart at most).
/// Lists are read a page at a time (`LibraryStore+Pages`); nothing here loads the library.
public struct LibraryStore: Sendable {
    public let store: AnnotationStore
    /// Items kept per feed when the feed sets no number of its own.
    public var defaultKeep: Int

    public static let standardKeep = 200

    public init(store: AnnotationStore, defaultKeep: Int = LibraryStore.standardKeep) {
        self.store = store
        self.defaultKeep = max(1, defaultKeep)
    }

    // MARK: feeds

    /// Subscribes to `url` under `name` (unique); the feed is fetched by the next update.
    @discardableResult
    public func addFeed(url: String, name: String, tags: [String] = [], keepItems: Int? = nil) throws -> LibraryFeed {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw LibraryError.emptyName }
        let now = store.now()
        return try store.write { db in
            if let existing = try Row.fetchOne(db, sql: "SELECT name FROM library_feed WHERE url = ?", arguments: [url]) {
                throw LibraryError.duplicateFeed(url: url, name: existing["name"])
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM library_feed WHERE name = ?", arguments: [name]) == true {
                throw LibraryError.duplicateName(name)
            }
            try db.execute(sql: "INSERT INTO library_feed (url, name, tags, keepItems, added) VALUES (?, ?, ?, ?, ?)",
                           arguments: [url, name, LibraryRows.strings(tags), keepItems, LibraryRows.millis(now)])
            return try Self.feed(id: db.lastInsertedRowID, db)!
        }
    }

    /// Every feed, by name.
    public func feeds() throws -> [LibraryFeed] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM library_feed ORDER BY name").map(LibraryRows.feed)
        }
    }

    public func feed(named name: String) throws -> LibraryFeed? {
        try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM library_feed WHERE name = ?", arguments: [name]).map(LibraryRows.feed)
        }
    }

    public func feed(id: Int64) throws -> LibraryFeed? {
        try store.pool.read { db in try Self.feed(id: id, db) }
    }

    /// Unsubscribes. Starred and annotated items stay in the library as saved articles (in no
    /// feed); the others go. Returns how many items went and how many stayed.
    @discardableResult
    public func removeFeed(id: Int64) throws -> (removed: Int, kept: Int) {
        try store.write { db in
            let keep = "feedId = ? AND (starred = 1 OR documentId IN (SELECT documentId FROM annotation))"
            try db.execute(sql: "UPDATE library_item SET feedId = NULL WHERE \(keep)", arguments: [id])
            let kept = db.changesCount
            let documents = try String.fetchAll(db, sql: "SELECT documentId FROM library_item WHERE feedId = ? AND documentId IS NOT NULL",
                                                arguments: [id])
            try db.execute(sql: "DELETE FROM library_item WHERE feedId = ?", arguments: [id])
            let removed = db.changesCount
            try db.execute(sql: "DELETE FROM library_feed WHERE id = ?", arguments: [id])
            try Self.dropUnusedTexts(documents, db)
            return (removed, kept)
        }
    }

    // MARK: shared

    static func feed(id: Int64, _ db: Database) throws -> LibraryFeed? {
        try Row.fetchOne(db, sql: "SELECT * FROM library_feed WHERE id = ?", arguments: [id]).map(LibraryRows.feed)
    }

    /// Texts and analyses of `documents` that no item and no annotation uses any more.
    static func dropUnusedTexts(_ documents: [String], _ db: Database) throws {
        for document in Set(documents) {
            let used = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM library_item WHERE documentId = ?1)
                    OR EXISTS (SELECT 1 FROM annotation WHERE documentId = ?1)
                """, arguments: [document]) ?? true
            if used { continue }
            try db.execute(sql: "DELETE FROM library_text WHERE documentId = ?", arguments: [document])
            try db.execute(sql: "DELETE FROM library_analysis WHERE documentId = ?", arguments: [document])
            try PeopleIndex.remove(documentID: document, db)
        }
    }
}
