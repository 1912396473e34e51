import BylineCore
import Foundation
import GRDB

/// Annotations and the article library on SQLite. Every change is one IMMEDIATE transaction,
/// committed (WAL, synchronous=FULL) before the call returns, so a caller may say "saved" as
/// soon as it returns; several processes may share the file (WAL, busy timeout), and a process
/// killed at any moment leaves every committed change in place.
public final class AnnotationStore: Sendable {
    public let path: String
    /// Changes made through this instance; `undo()` undoes only these by default, so two
    /// readers open on one store never undo each other's work.
    public let session: UUID
    /// `.readWrite`, or `.readOnly` for a store opened only to be read (changes are refused).
    public let access: Access
    let pool: any DatabaseWriter
    let clock: StoreClock
    /// The annotation columns as this connection selects them (see `AnnotationRow`).
    let selected: String

    /// What a caller means to do with the store.
    public enum Access: Sendable, Equatable {
        /// Create, migrate and change it.
        case readWrite
        /// Only read it, through a read-only connection: nothing is written, not even a
        /// migration (an older schema is read as it is), so a store on read-only media or
        /// with mode 0444 is still listed and exported; a missing store reads as empty.
        case readOnly
        /// Only read it, as `.readOnly`; but when the file and its folder are writable, through
        /// an ordinary connection that writes nothing and cleans up its -wal and -shm.
        case read
    }

    /// Opens (creating it and its folder if needed) and migrates the store at `path`. A path
    /// that is not a regular file, a database that is not Byline's and a store from a newer
    /// Byline are refused (`StoreError`) before anything is written.
    public init(path: String, clock: StoreClock = .system, busyTimeout: TimeInterval = 10, access: Access = .readWrite) throws {
        let migrations = StoreMigrations.migrator.migrations
        let readOnlyConnection = access == .readOnly || (access == .read && !Self.isWritable(path))
        let (state, inspected) = try StoreInspection.inspect(path, migrations: migrations, keepOpen: readOnlyConnection)
        self.path = path
        self.session = UUID()
        self.clock = clock
        self.access = access == .readWrite ? .readWrite : .readOnly
        if case .store(let applied, _, _) = state, access != .readWrite, !applied.contains(StoreMigrations.sourceColumns) {
            // An older store read as it is: the columns added since read as NULL.
            self.selected = AnnotationRow.legacyColumns
        } else {
            self.selected = AnnotationRow.columns
        }
        if access != .readWrite {
            self.pool = try inspected ?? Self.openForReading(path, state: state, readOnlyConnection: readOnlyConnection)
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var config = Configuration()
        // SQLite's own busy handler sleeps in growing steps (up to 100 ms); polling every
        // quarter millisecond lets a save proceed as soon as the other process commits.
        let maxTries = Int(busyTimeout * 4_000)
        config.busyMode = .callback { tries in
            usleep(250)
            return tries < maxTries
        }
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let pool = try DatabasePool(path: Self.sqlitePath(path), configuration: config)
        self.pool = pool
        if case .store(let applied, let marked, let version) = state,
           marked, version == migrations.count, applied == migrations {
            return
        }
        try StoreMigrations.migrator.migrate(pool)
        try pool.write { db in
            try db.execute(sql: "PRAGMA application_id = \(StoreInspection.applicationID)")
            try db.execute(sql: "PRAGMA user_version = \(migrations.count)")
        }
    }

    /// A connection that only reads: an empty in-memory store when there is no file (a listing
    /// creates nothing), else the file read-only, or read-write without the pool's WAL set-up
    /// (GRDB's pool writes to the file as it opens).
    private static func openForReading(_ path: String, state: StoreInspection.State, readOnlyConnection: Bool) throws -> DatabaseQueue {
        if case .new = state {
            let empty = try DatabaseQueue()
            try StoreMigrations.migrator.migrate(empty)
            try empty.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = 1") }
            return empty
        }
        var config = Configuration()
        config.readonly = readOnlyConnection
        return try DatabaseQueue(path: readOnlyConnection ? StoreInspection.readOnlyURI(path) : Self.sqlitePath(path),
                                 configuration: config)
    }

    /// `path` as SQLite must be given it: a relative path starting "file:" would be read as a URI.
    private static func sqlitePath(_ path: String) -> String {
        path.hasPrefix("/") ? path : "./" + path
    }

    /// True when the file (or, for a new store, its folder) can be written, and so can the
    /// folder that takes the write-ahead log beside it.
    private static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        let dir = folder.isEmpty ? "." : folder
        let files = FileManager.default
        guard files.fileExists(atPath: path) else { return files.isWritableFile(atPath: dir) }
        return files.isWritableFile(atPath: path) && files.isWritableFile(atPath: dir)
    }

    /// The migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    // MARK: documents

    /// Records (or refreshes the path and title of) a document in the library.
    public func register(_ document: DocumentRecord) throws {
        try write { db in try Self.upsert(document, db, at: self.now()) }
    }

    public func documents() throws -> [DocumentRecord] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY firstSeen, id").map(Self.document) }
    }

    public func document(id: String) throws -> DocumentRecord? {
        try pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]).map(Self.document) }
    }

    // MARK: annotations

    /// Saves a new annotation on `document` and returns it as stored.
    @discardableResult
    public func add(_ draft: AnnotationDraft, anchor: TextAnchor, document: DocumentRecord, id: UUID = UUID()) throws -> Annotation {
        guard !draft.isEmpty else { throw StoreError.emptyAnnotation }
        let at = RowDates.now(clock)
        let annotation = Annotation(id: id, documentID: document.id, verdict: draft.verdict, note: draft.note,
                                    tags: draft.tags, created: at, modified: at, anchor: anchor)
        try write { db in
            try Self.upsert(document, db, at: at)
            try Self.insert(annotation, db)
            try self.log(.insert, annotation.id, before: nil, db, at: at)
        }
        return annotation
    }

    /// Replaces the written parts of an annotation (and its anchor, when re-attached). A new
    /// `document` (the text the annotation was re-attached to) is recorded in the library too,
    /// so the annotation keeps its title and path when listed or exported.
    @discardableResult
    public func update(_ id: UUID, with draft: AnnotationDraft, anchor: TextAnchor? = nil, document: DocumentRecord? = nil) throws -> Annotation {
        guard !draft.isEmpty else { throw StoreError.emptyAnnotation }
        let at = RowDates.now(clock)
        return try write { db in
            guard let before = try Self.fetch(id, db) else { throw StoreError.notFound(id.uuidString) }
            var after = before
            after.verdict = draft.verdict
            after.note = draft.note
            after.tags = draft.tags
            if let anchor { after.anchor = anchor }
            if let document {
                try Self.upsert(document, db, at: at)
                after.documentID = document.id
            }
            after.modified = at
            try Self.replace(after, db)
            try self.log(.update, id, before: before, db, at: at)
            return after
        }
    }

    /// Deletes an annotation; returns it, or nil when there was none.
    @discardableResult
    public func delete(_ id: UUID) throws -> Annotation? {
        let at = RowDates.now(clock)
        return try write { db in
            guard let before = try Self.fetch(id, db) else { return nil }
            try db.execute(sql: "DELETE FROM annotation WHERE id = ?", arguments: [id.uuidString])
            try self.log(.delete, id, before: before, db, at: at)
            return before
        }
    }

    public func annotation(_ id: UUID) throws -> Annotation? {
        try pool.read { db in try Self.fetch(id, db, columns: self.selected) }
    }

    /// Annotations made on exactly this text, in text order.
    public func annotations(documentID: String) throws -> [Annotation] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(self.selected) FROM annotation WHERE documentId = ? ORDER BY start, \"end\", created, id",
                             arguments: [documentID]).map(AnnotationRow.decode)
        }
    }

    /// Every annotation, grouped by document, in text order.
    public func allAnnotations() throws -> [Annotation] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(self.selected) FROM annotation ORDER BY documentId, start, \"end\", created, id")
                .map(AnnotationRow.decode)
        }
    }

    // MARK: internals shared by the extensions

    func now() -> Date { RowDates.now(clock) }

    /// One IMMEDIATE transaction: the write lock is taken up front, so a second process waits
    /// on the busy timeout instead of failing when its read turns into a write.
    func write<T>(_ body: @escaping (Database) throws -> T) throws -> T {
        guard access == .readWrite else { throw StoreError.readOnly(path: path, reason: "opened for reading") }
        return try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    static func fetch(_ id: UUID, _ db: Database, columns: String = AnnotationRow.columns) throws -> Annotation? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM annotation WHERE id = ?", arguments: [id.uuidString])
            .map(AnnotationRow.decode)
    }

    static func insert(_ a: Annotation, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO annotation (\(AnnotationRow.columns)) VALUES (\(AnnotationRow.placeholders))",
                       arguments: AnnotationRow.arguments(a))
    }

    static func replace(_ a: Annotation, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO annotation (\(AnnotationRow.columns)) VALUES (\(AnnotationRow.placeholders))",
                       arguments: AnnotationRow.arguments(a))
    }

    static func upsert(_ d: DocumentRecord, _ db: Database, at: Date) throws {
        try db.execute(sql: """
            INSERT INTO document (id, path, title, length, firstSeen) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET path = COALESCE(excluded.path, path), title = COALESCE(excluded.title, title)
            """, arguments: [d.id, d.path, d.title, d.length, AnnotationRow.millis(at)])
    }

    static func document(_ row: Row) -> DocumentRecord {
        DocumentRecord(id: row["id"], path: row["path"], title: row["title"], length: row["length"])
    }
}

/// Dates as the store keeps them: whole milliseconds, so what is returned equals what is read.
enum RowDates {
    static func now(_ clock: StoreClock) -> Date { AnnotationRow.truncated(clock.now()) }
}
