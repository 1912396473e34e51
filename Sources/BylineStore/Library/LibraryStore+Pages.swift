import Foundation
import GRDB

extension LibraryStore {
    /// A page of items, newest first, that come after `cursor` (older ones); from the top when
    /// `cursor` is nil. A keyset query on an index: its cost does not grow with the library.
    /// `analyzerVersion` picks which cached analyses give the quote and claim counts.
    public func items(_ scope: ItemScope, olderThan cursor: ItemCursor?, limit: Int, analyzerVersion: String) throws -> [ItemSummary] {
        try page(scope, cursor: cursor, newer: false, limit: limit, analyzerVersion: analyzerVersion)
    }

    /// A page of items just before `cursor` (newer ones), newest first, for scrolling up.
    public func items(_ scope: ItemScope, newerThan cursor: ItemCursor, limit: Int, analyzerVersion: String) throws -> [ItemSummary] {
        try page(scope, cursor: cursor, newer: true, limit: limit, analyzerVersion: analyzerVersion).reversed()
    }

    /// How many items the scope holds (for a scroll bar and "12 of 40,000").
    public func count(_ scope: ItemScope) throws -> Int {
        try store.pool.read { db in
            let (condition, arguments) = Self.condition(scope)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM library_item AS i WHERE \(condition)", arguments: arguments) ?? 0
        }
    }

    /// The first unread item past `cursor` in the scope (newsboat's "next unread").
    public func nextUnread(_ scope: ItemScope, after cursor: ItemCursor?, analyzerVersion: String) throws -> ItemSummary? {
        var unread = scope
        unread.unreadOnly = true
        return try items(unread, olderThan: cursor, limit: 1, analyzerVersion: analyzerVersion).first
    }

    /// A page of feeds by name after `name` (nil: from the first), with unread and total
    /// counts, each counted on the (feedId, read) index.
    public func feedSummaries(after name: String? = nil, limit: Int = 500) throws -> [FeedSummary] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.*,
                    (SELECT COUNT(*) FROM library_item WHERE feedId = f.id AND read = 0) AS unreadCount,
                    (SELECT COUNT(*) FROM library_item WHERE feedId = f.id) AS totalCount
                FROM library_feed AS f WHERE ?1 IS NULL OR f.name > ?1 ORDER BY f.name LIMIT ?2
                """, arguments: [name, limit]).map {
                FeedSummary(feed: LibraryRows.feed($0), unread: $0["unreadCount"], total: $0["totalCount"])
            }
        }
    }

    /// Unread items per feed (nil: saved articles), in one pass over the (feedId, read) index.
    public func unreadCounts() throws -> [Int64?: Int] {
        try store.pool.read { db in
            var out: [Int64?: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT feedId, COUNT(*) AS n FROM library_item WHERE read = 0 GROUP BY feedId") {
                out[row["feedId"] as Int64?] = row["n"]
            }
            return out
        }
    }

    /// One item in full.
    public func item(id: Int64) throws -> LibraryItem? {
        try store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(LibraryRows.itemColumns) FROM library_item WHERE id = ?", arguments: [id]).map(LibraryRows.item)
        }
    }

    private func page(_ scope: ItemScope, cursor: ItemCursor?, newer: Bool, limit: Int, analyzerVersion: String) throws -> [ItemSummary] {
        try store.pool.read { db in
            var (condition, arguments) = Self.condition(scope)
            if let cursor {
                condition += newer ? " AND (i.sortDate, i.id) > (?, ?)" : " AND (i.sortDate, i.id) < (?, ?)"
                arguments += [LibraryRows.millis(cursor.sortDate), cursor.id]
            }
            let order = newer ? "i.sortDate ASC, i.id ASC" : "i.sortDate DESC, i.id DESC"
            var all: StatementArguments = [analyzerVersion]
            all += arguments
            all += [max(0, limit)]
            return try Row.fetchAll(db, sql: """
                SELECT i.id, i.feedId, f.name AS feedName, i.title, i.sortDate, i.link, i.read, i.starred,
                    a.quotes, a.claims,
                    CASE WHEN i.documentId IS NULL THEN 0
                         ELSE (SELECT COUNT(*) FROM annotation WHERE documentId = i.documentId) END AS annotations
                FROM library_item AS i
                LEFT JOIN library_feed AS f ON f.id = i.feedId
                LEFT JOIN library_analysis AS a ON a.documentId = i.documentId AND a.analyzerVersion = ?
                WHERE \(condition)
                ORDER BY \(order) LIMIT ?
                """, arguments: all).map(LibraryRows.summary)
        }
    }

    /// The WHERE clause of a scope, over `library_item AS i`.
    static func condition(_ scope: ItemScope) -> (String, StatementArguments) {
        var parts: [String] = []
        var arguments: StatementArguments = []
        switch scope.source {
        case .all: parts.append("1")
        case .feed(let id): parts.append("i.feedId = ?"); arguments += [id]
        case .saved: parts.append("i.feedId IS NULL")
        case .starred: parts.append("i.starred = 1")
        }
        if scope.unreadOnly { parts.append("i.read = 0") }
        if let filter = scope.titleFilter, !filter.isEmpty {
            parts.append("i.title LIKE ? ESCAPE '\\'")
            let escaped = filter.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            arguments += ["%" + escaped + "%"]
        }
        return (parts.joined(separator: " AND "), arguments)
    }
}
