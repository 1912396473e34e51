import BylineCore
import Foundation
import GRDB

/// What lies at a store path, found out before SQLite is allowed to write there: a path that is
/// not a regular file, a file that is not SQLite, an SQLite database of another application,
/// or a store from a newer Byline is refused with nothing written (no journal, no WAL switch,
/// no table), because SQLite happily adds tables to any database it is given.
struct StoreInspection: Equatable {
    /// `PRAGMA application_id` of a Byline store: "BYLN" in ASCII.
    static let applicationID: Int32 = 0x4259_4C4E
    /// Tables a Byline store may hold; a database without Byline's id holding anything else is
    /// someone else's.
    static let knownTables = Set(["document", "annotation", "change", "grdb_migrations", "sqlite_sequence"])
        .union(LibraryMigrations.tables)
        .union(PeopleMigrations.tables)
        .union(ClaimMigrations.tables)

    enum State: Equatable {
        /// No file, an empty one, or an SQLite database with no table yet: a store is created there.
        case new
        /// A Byline store; `applied` are its migrations, `hasApplicationID` whether it is marked.
        case store(applied: [String], hasApplicationID: Bool, userVersion: Int)
    }

    /// Checks `path` against what this build knows (`migrations`, in order) and throws a
    /// `StoreError` naming the path when it must be refused. With `keepOpen`, the read-only
    /// connection the check used is handed back, so a store opened for reading is opened once.
    static func inspect(_ path: String, migrations: [String], keepOpen: Bool = false) throws -> (State, DatabaseQueue?) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return (.new, nil) }
            throw StoreError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if let kind = nonRegularKind(info.st_mode) { throw StoreError.notAFile(path: path, kind: kind) }
        if info.st_size == 0 { return (.new, nil) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadable(path: path, reason: "cannot open it for reading")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw StoreError.notAStore(path: path, reason: "not an SQLite database")
        }
        let queue = try openReadOnly(path)
        var keep = false
        defer { if !keep { try? queue.close() } }
        let (id, version, tables, applied) = try readSchema(queue, path)
        if id != 0 && id != applicationID {
            throw StoreError.notAStore(path: path, reason: "application_id \(hex(id))")
        }
        if id == 0 && version == 0 && tables.isEmpty {
            // What a writer killed between creating the file and migrating it leaves behind:
            // an SQLite database with nothing in it, which is as good as no file.
            return (.new, nil)
        }
        let foreign = tables.subtracting(knownTables)
        if id == 0 && !foreign.isEmpty {
            let names = foreign.sorted().prefix(3).map { SafeText.line($0, limit: 40) }.joined(separator: ", ")
            throw StoreError.notAStore(path: path, reason: "application_id 0, tables \(names)\(foreign.count > 3 ? ", …" : "")")
        }
        if version > migrations.count {
            throw StoreError.newerStore(path: path, reason: "schema version \(version), this one knows \(migrations.count)")
        }
        if let unknown = applied.first(where: { !migrations.contains($0) }) {
            throw StoreError.newerStore(path: path, reason: "unknown migration \(SafeText.line(unknown, limit: 40))")
        }
        keep = keepOpen
        return (.store(applied: applied, hasApplicationID: id == applicationID, userVersion: Int(version)), keepOpen ? queue : nil)
    }

    /// A URI that opens `path` read-only; immutable (no locks, no -wal/-shm created) when no
    /// write-ahead log exists beside it, since then the main file holds everything.
    static func readOnlyURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "/-._~")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        let immutable = FileManager.default.fileExists(atPath: path + "-wal") ? "" : "&immutable=1"
        return "file:" + encoded + "?mode=ro" + immutable
    }

    /// The file through a read-only connection (see `readOnlyURI`).
    static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: readOnlyURI(path), configuration: config)
    }

    /// The application id (read here only: the header's copy may be stale while a WAL holds
    /// the change), schema version, tables and applied migrations.
    private static func readSchema(_ queue: DatabaseQueue, _ path: String) throws -> (Int32, Int32, Set<String>, [String]) {
        do {
            return try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
                var applied: [String] = []
                if tables.contains("grdb_migrations") {
                    applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                }
                return (id, version, tables, applied)
            }
        } catch let error as DatabaseError {
            throw StoreError.notAStore(path: path, reason: SafeText.line(error.message ?? "unreadable", limit: 40))
        }
    }

    private static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO"
        case S_IFDIR: return "a folder"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    static func hex(_ id: Int32) -> String {
        let text = String(UInt32(bitPattern: id), radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 8 - text.count)) + text
    }
}
