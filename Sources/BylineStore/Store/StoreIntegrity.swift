import GRDB

extension AnnotationStore {
    /// SQLite's own check of the file ("ok" when sound), for tests and a future `doctor`.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}
