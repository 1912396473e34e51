import GRDB

/// The linker's directory on the people tables, inside the caller's transaction.
struct SQLPeopleDirectory: PeopleDirectory {
    let db: Database

    func identities(withKey key: String) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT identityId FROM people_key WHERE key = ? ORDER BY identityId"), arguments: [key])
    }

    mutating func newIdentity(kind: PeopleKind, name: String, title: String?) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO people_identity (kind, name, title) VALUES (?, ?, ?)")
            .execute(arguments: [kind.rawValue, name, title])
        return db.lastInsertedRowID
    }

    mutating func register(_ keys: [String], for id: Int64) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO people_key (key, identityId) VALUES (?, ?)")
        for key in keys { try insert.execute(arguments: [key, id]) }
    }
}
