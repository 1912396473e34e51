import GRDB

extension LibraryStore {
    /// Marks items read or unread (opening an item marks it read).
    public func setRead(_ ids: [Int64], _ read: Bool) throws {
        guard !ids.isEmpty else { return }
        try store.write { db in
            for id in ids { try db.execute(sql: "UPDATE library_item SET read = ? WHERE id = ?", arguments: [read, id]) }
        }
    }

    /// Stars or unstars an item: a starred item is never dropped by a feed's limit nor by
    /// unsubscribing.
    public func setStarred(_ id: Int64, _ starred: Bool) throws {
        try store.write { db in try db.execute(sql: "UPDATE library_item SET starred = ? WHERE id = ?", arguments: [starred, id]) }
    }

    /// Marks every item of the scope read; returns how many changed.
    @discardableResult
    public func markAllRead(_ scope: ItemScope) throws -> Int {
        var unread = scope
        unread.unreadOnly = true
        let (condition, arguments) = Self.condition(unread)
        return try store.write { db in
            try db.execute(sql: "UPDATE library_item AS i SET read = 1 WHERE \(condition)", arguments: arguments)
            return db.changesCount
        }
    }
}
