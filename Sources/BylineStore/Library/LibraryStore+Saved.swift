import Foundation
import GRDB

extension LibraryStore {
    /// Adds an article to the library without a feed (`byline save`). Saved again (the same
    /// canonical address, else the same text), the one item is kept and its text refreshed;
    /// returns the item and whether it is new.
    @discardableResult
    public func save(_ draft: ItemDraft, text: ArticleText, analysis: CachedAnalysis?) throws -> (item: LibraryItem, isNew: Bool) {
        let now = store.now()
        return try store.write { db in
            let canonical = CanonicalAddress.of(draft.link)
            var id: Int64?
            if let canonical {
                id = try Int64.fetchOne(db, sql: "SELECT id FROM library_item WHERE feedId IS NULL AND canonicalURL = ? LIMIT 1",
                                        arguments: [canonical])
            }
            if id == nil {
                id = try Int64.fetchOne(db, sql: "SELECT id FROM library_item WHERE feedId IS NULL AND documentId = ? LIMIT 1",
                                        arguments: [text.documentID])
            }
            let isNew = id == nil
            let at = LibraryRows.millis(now)
            if let id {
                try db.execute(sql: """
                    UPDATE library_item SET title = ?, link = COALESCE(?, link), canonicalURL = COALESCE(?, canonicalURL),
                        authors = ?, summary = COALESCE(?, summary) WHERE id = ?
                    """, arguments: [draft.title, draft.link, canonical, LibraryRows.strings(draft.authors), draft.summary, id])
            } else {
                try db.execute(sql: """
                    INSERT INTO library_item (feedId, guid, link, canonicalURL, title, authors, published, updated, summary, added, sortDate)
                    VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [draft.guid, draft.link, canonical, draft.title, LibraryRows.strings(draft.authors),
                                     LibraryRows.millis(draft.published), LibraryRows.millis(draft.updated), draft.summary, at,
                                     LibraryRows.millis(draft.published) ?? at])
                id = db.lastInsertedRowID
            }
            try Self.keep(text, analysis: analysis, path: draft.link, at: now, db)
            try db.execute(sql: "UPDATE library_item SET documentId = ?, textSource = ?, textError = NULL WHERE id = ?",
                           arguments: [text.documentID, text.source.rawValue, id!])
            let row = try Row.fetchOne(db, sql: "SELECT \(LibraryRows.itemColumns) FROM library_item WHERE id = ?", arguments: [id!])!
            return (LibraryRows.item(row), isNew)
        }
    }
}
