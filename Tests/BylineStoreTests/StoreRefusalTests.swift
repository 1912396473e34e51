import BylineCore
@testable import BylineStore
import GRDB
import XCTest

/// What the store refuses, and that refusing writes nothing: not a byte of the file, no
/// -journal, -wal or -shm beside it.
final class StoreRefusalTests: XCTestCase {
    private var fixture: StoreFixture!

    override func setUpWithError() throws { fixture = try StoreFixture() }
    override func tearDown() { fixture = nil }

    private var path: String { fixture.path }

    private func sidecars(_ path: String) -> [String] {
        ["-journal", "-wal", "-shm"].map { path + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Opening `path` throws `expected`, and the file is byte for byte what it was.
    private func assertRefused(_ path: String, _ expected: StoreError, access: AnnotationStore.Access = .readWrite,
                               file: StaticString = #filePath, line: UInt = #line) {
        let before = FileManager.default.contents(atPath: path)
        XCTAssertThrowsError(try AnnotationStore(path: path, access: access), file: file, line: line) { error in
            XCTAssertEqual(error as? StoreError, expected, file: file, line: line)
            XCTAssertTrue("\(error)".hasPrefix(path + ": "), "\(error)", file: file, line: line)
            XCTAssertTrue("\(error)".hasSuffix("; nothing was changed"), "\(error)", file: file, line: line)
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), before, "the refused file changed", file: file, line: line)
        XCTAssertEqual(sidecars(path), [], file: file, line: line)
    }

    private func foreignDatabase(_ setup: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: setup) }
        try queue.close()
    }

    func testDevicesFifosAndFoldersAreRefusedBeforeSQLiteOpensThem() throws {
        XCTAssertThrowsError(try AnnotationStore(path: "/dev/null")) { error in
            XCTAssertEqual(error as? StoreError, .notAFile(path: "/dev/null", kind: "a character device"))
            XCTAssertEqual("\(error)", "/dev/null: a character device, not a store file; nothing was changed")
        }
        XCTAssertEqual(sidecars("/dev/null"), [])
        let fifo = fixture.folder + "/fifo"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        assertRefused(fifo, .notAFile(path: fifo, kind: "a FIFO"))
        assertRefused(fixture.folder, .notAFile(path: fixture.folder, kind: "a folder"))
        let file = fixture.folder + "/plain.txt"
        try Data("text".utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertThrowsError(try AnnotationStore(path: file + "/store.sqlite")) { error in
            XCTAssertEqual(error as? StoreError, .unreadable(path: file + "/store.sqlite", reason: "Not a directory"))
        }
    }

    func testAForeignDatabaseIsRefusedAndLeftAlone() throws {
        try foreignDatabase("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Jo')")
        assertRefused(path, .notAStore(path: path, reason: "application_id 0, tables contacts"))
        assertRefused(path, .notAStore(path: path, reason: "application_id 0, tables contacts"), access: .read)
        let queue = try DatabaseQueue(path: path)
        XCTAssertEqual(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "delete")
        XCTAssertFalse(try queue.read { try $0.tableExists("annotation") })
    }

    func testADatabaseOfAnotherApplicationIsRefused() throws {
        try foreignDatabase("PRAGMA application_id = 1179799367; CREATE TABLE annotation (x)")
        assertRefused(path, .notAStore(path: path, reason: "application_id 0x46524f47"))
    }

    func testAFileThatIsNotSQLiteIsRefused() throws {
        try Data("name,quote\nJo,hello\n".utf8).write(to: URL(fileURLWithPath: path))
        assertRefused(path, .notAStore(path: path, reason: "not an SQLite database"))
    }

    func testAStoreFromANewerBylineIsRefused() throws {
        do { _ = try fixture.open() }
        let queue = try DatabaseQueue(path: path)
        let known = StoreMigrations.migrator.migrations.count
        try queue.write { try $0.execute(sql: "PRAGMA user_version = \(known + 1)") }
        try queue.close()
        assertRefused(path, .newerStore(path: path, reason: "schema version \(known + 1), this one knows \(known)"))
        assertRefused(path, .newerStore(path: path, reason: "schema version \(known + 1), this one knows \(known)"), access: .readOnly)
    }

    func testAStoreWithAnUnknownMigrationIsRefused() throws {
        do { _ = try fixture.open() }
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v3-shared-notes')") }
        try queue.close()
        assertRefused(path, .newerStore(path: path, reason: "unknown migration v3-shared-notes"))
    }

    func testNewStoresAreMarkedAndOlderUnmarkedStoresAreAdopted() throws {
        do { _ = try fixture.open() }
        let known = Int32(StoreMigrations.migrator.migrations.count)
        XCTAssertEqual(try Self.header(path), [StoreInspection.applicationID, known])
        try FileManager.default.removeItem(atPath: path)
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue)
        try queue.close()
        XCTAssertEqual(try Self.header(path), [0, 0])
        do { XCTAssertEqual(try fixture.open().appliedMigrations(), StoreMigrations.migrator.migrations) }
        XCTAssertEqual(try Self.header(path), [StoreInspection.applicationID, known])
    }

    func testAReadOnlyStoreIsReadWithoutWritingAByte() throws {
        let saved: Annotation
        do {
            let store = try fixture.open()
            saved = try store.add(AnnotationDraft(verdict: .false, note: "n", tags: []), anchor: fixture.anchor("sea wall"),
                                  document: fixture.document)
        }
        XCTAssertEqual(sidecars(path), [])
        XCTAssertEqual(chmod(path, 0o444), 0)
        let before = FileManager.default.contents(atPath: path)
        do {
            let store = try AnnotationStore(path: path, access: .readOnly)
            XCTAssertEqual(store.access, .readOnly)
            XCTAssertEqual(try store.allAnnotations(), [saved])
            XCTAssertEqual(try store.documents().map(\.id), [fixture.document.id])
            XCTAssertThrowsError(try store.delete(saved.id)) { error in
                XCTAssertEqual(error as? StoreError, .readOnly(path: self.path, reason: "opened for reading"))
            }
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
        XCTAssertEqual(sidecars(path), [])
    }

    /// The read-only connection is opened by URI: a path with URI syntax in it is still a path.
    func testAReadOnlyStoreWithURICharactersInItsPathIsRead() throws {
        let folder = fixture.folder + "/a ?b#c%20d"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/s.sqlite"
        do {
            try AnnotationStore(path: path).add(AnnotationDraft(verdict: .false, note: "", tags: []),
                                                anchor: fixture.anchor("sea wall"), document: fixture.document)
        }
        let store = try AnnotationStore(path: path, access: .readOnly)
        XCTAssertEqual(try store.allAnnotations().map(\.anchor.exact), ["sea wall"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["s.sqlite"])
    }

    func testAnOlderStoreIsReadOnlyWithoutBeingMigrated() throws {
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue, upTo: "v1")
        let anchor = fixture.anchor("sea wall")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO annotation (id, documentId, verdict, note, tags, created, modified, exact, prefix, suffix, start, "end")
                VALUES ('6F1D2C3B-0000-4000-8000-000000000001', ?, 'false', 'old', '[]', 1000, 1000, ?, ?, ?, ?, ?)
                """, arguments: [fixture.document.id, anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end])
        }
        try queue.close()
        let before = FileManager.default.contents(atPath: path)
        do {
            let store = try AnnotationStore(path: path, access: .readOnly)
            XCTAssertEqual(try store.allAnnotations().map(\.note), ["old"], "the columns added since read as empty")
            XCTAssertEqual(try store.locate(in: fixture.text, documentID: fixture.document.id, path: "/articles/harbour.txt").attached.count, 1)
            XCTAssertEqual(try store.appliedMigrations(), ["v1"])
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
        XCTAssertEqual(sidecars(path), [])
    }

    func testAMissingStoreReadOnlyIsEmptyAndNotCreated() throws {
        let store = try AnnotationStore(path: path, access: .readOnly)
        XCTAssertEqual(try store.allAnnotations(), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    /// A writer killed after SQLite created the file but before the first migration committed
    /// leaves a database with no table: it is read as an empty store and adopted by the next writer.
    func testADatabaseWithNoTableYetIsAnEmptyStore() throws {
        try foreignDatabase("PRAGMA journal_mode = WAL")
        XCTAssertEqual(try AnnotationStore(path: path, access: .readOnly).allAnnotations(), [])
        XCTAssertEqual(try AnnotationStore(path: path, access: .read).allAnnotations(), [])
        XCTAssertEqual(try AnnotationStore(path: path).allAnnotations(), [])
        XCTAssertEqual(try Self.header(path).first, StoreInspection.applicationID)
    }

    /// application_id and user_version as the file's header holds them.
    static func header(_ path: String) throws -> [Int32] {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
        func int(_ at: Int) -> Int32 { Int32(bitPattern: data[at..<(at + 4)].reduce(0) { $0 << 8 | UInt32($1) }) }
        return [int(68), int(60)]
    }
}
