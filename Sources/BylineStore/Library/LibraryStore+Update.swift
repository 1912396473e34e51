import Foundation
import GRDB

extension LibraryStore {
    /// Records one update of a feed in one transaction: its items merged with those known
    /// (the same guid, else the same canonical address, is the same item, whose read and
    /// starred state stay), its validators and error, then the items past the feed's limit
    /// dropped, except starred and annotated ones. Killed at any point, the store holds the
    /// update entirely or not at all.
    @discardableResult
    public func record(_ outcome: FeedOutcome, feedID: Int64) throws -> UpdateResult {
        let now = store.now()
        let defaultKeep = self.defaultKeep
        return try store.write { db in
            guard let feed = try Self.feed(id: feedID, db) else { throw LibraryError.noSuchFeed("#\(feedID)") }
            let at = LibraryRows.millis(now)
            switch outcome {
            case .notModified:
                try db.execute(sql: """
                    UPDATE library_feed SET lastChecked = ?1, lastSuccess = ?1, lastError = NULL, retryNotBefore = NULL WHERE id = ?2
                    """, arguments: [at, feedID])
                return UpdateResult()
            case .failed(let message, let retry):
                try db.execute(sql: "UPDATE library_feed SET lastChecked = ?, lastError = ?, retryNotBefore = ? WHERE id = ?",
                               arguments: [at, message, LibraryRows.millis(retry), feedID])
                return UpdateResult()
            case .fetched(let title, let siteLink, let format, let entries, let etag, let lastModified):
                let keep = feed.keepItems ?? defaultKeep
                var result = UpdateResult()
                for (index, draft) in Self.newest(entries, keep: keep, now: now) {
                    try Self.merge(draft, index: index, feedID: feedID, at: at, into: &result, db)
                }
                try db.execute(sql: """
                    UPDATE library_feed SET title = COALESCE(?, title), siteLink = COALESCE(?, siteLink), format = ?, etag = ?,
                        lastModified = ?, lastChecked = ?, lastSuccess = ?, lastError = NULL, retryNotBefore = NULL WHERE id = ?
                    """, arguments: [title, siteLink, format, etag, lastModified, at, at, feedID])
                let pruned = try Self.prune(feedID: feedID, keep: keep, db)
                result.pruned = pruned.count
                // An entry older than every item kept is gone again at once: not new after all.
                if !pruned.isEmpty { result.newItems.removeAll { pruned.contains($0) } }
                return result
            }
        }
    }

    /// Drops a feed's items past the newest `keep`, except starred and annotated ones, with
    /// the texts no other item or annotation uses. Returns the items that went.
    static func prune(feedID: Int64, keep: Int, _ db: Database) throws -> Set<Int64> {
        let victims = try Row.fetchAll(db, sql: """
            SELECT id, documentId FROM library_item AS i
            WHERE feedId = ?1 AND starred = 0
              AND NOT EXISTS (SELECT 1 FROM annotation AS a WHERE a.documentId = i.documentId)
              AND id NOT IN (SELECT id FROM library_item WHERE feedId = ?1 ORDER BY sortDate DESC, id DESC LIMIT ?2)
            """, arguments: [feedID, keep])
        guard !victims.isEmpty else { return [] }
        for row in victims {
            try db.execute(sql: "DELETE FROM library_item WHERE id = ?", arguments: [row["id"] as Int64])
        }
        try dropUnusedTexts(victims.compactMap { $0["documentId"] as String? }, db)
        return Set(victims.map { $0["id"] as Int64 })
    }

    /// The entries worth keeping, with their place in the feed: all of them when there are
    /// no more than `keep`, else the `keep` newest (an undated entry counts as of now).
    static func newest(_ entries: [ItemDraft], keep: Int, now: Date) -> [(Int, ItemDraft)] {
        let indexed = Array(entries.enumerated())
        guard indexed.count > keep else { return indexed }
        let dated = indexed.sorted { a, b in
            let da = a.element.published ?? a.element.updated ?? now, dbb = b.element.published ?? b.element.updated ?? now
            return da != dbb ? da > dbb : a.offset < b.offset
        }
        return Array(dated.prefix(keep)).sorted { $0.0 < $1.0 }
    }

    private static func merge(_ draft: ItemDraft, index: Int, feedID: Int64, at: Int64, into result: inout UpdateResult,
                              _ db: Database) throws {
        let canonical = CanonicalAddress.of(draft.link)
        var existing: Row?
        if let guid = draft.guid {
            existing = try Row.fetchOne(db, sql: "SELECT * FROM library_item WHERE feedId = ? AND guid = ?", arguments: [feedID, guid])
        }
        if existing == nil, let canonical {
            existing = try Row.fetchOne(db, sql: "SELECT * FROM library_item WHERE feedId = ? AND canonicalURL = ? LIMIT 1",
                                        arguments: [feedID, canonical])
            // Another guid at the same address is a different item only when both have guids.
            if let row = existing, let old: String = row["guid"], let guid = draft.guid, old != guid { existing = nil }
        }
        let published = LibraryRows.millis(draft.published), updated = LibraryRows.millis(draft.updated)
        let authors = LibraryRows.strings(draft.authors)
        if let row = existing {
            let id: Int64 = row["id"]
            let same = (row["title"] as String) == draft.title && (row["link"] as String?) == draft.link
                && (row["summary"] as String?) == draft.summary && (row["published"] as Int64?) == published
                && (row["updated"] as Int64?) == updated && (row["authors"] as String) == authors
            if same { return }
            try db.execute(sql: """
                UPDATE library_item SET guid = COALESCE(guid, ?), link = ?, canonicalURL = ?, title = ?, authors = ?,
                    published = ?, updated = ?, summary = ?, sortDate = COALESCE(?, ?, sortDate) WHERE id = ?
                """, arguments: [draft.guid, draft.link, canonical, draft.title, authors, published, updated, draft.summary,
                                 published, updated, id])
            result.changed += 1
            return
        }
        // Undated entries keep the feed's order: the first is the newest.
        let sortDate = published ?? updated ?? (at - Int64(index))
        try db.execute(sql: """
            INSERT INTO library_item (feedId, guid, link, canonicalURL, title, authors, published, updated, summary, added, sortDate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [feedID, draft.guid, draft.link, canonical, draft.title, authors, published, updated, draft.summary,
                             at, sortDate])
        result.newItems.append(db.lastInsertedRowID)
    }
}
