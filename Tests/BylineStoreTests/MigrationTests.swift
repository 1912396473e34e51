import BylineCore
@testable import BylineStore
import GRDB
import XCTest

final class MigrationTests: XCTestCase {
    func testNewStoreHasEveryMigration() throws {
        let f = try StoreFixture()
        XCTAssertEqual(try f.open().appliedMigrations(), ["v1", "v2-undo-log", "v3-annotation-source-original", "library-1-feeds-items", "library-2-people", "library-3-claims"])
    }

    /// A store written by the first version (no undo log) opens, keeps its rows and gains undo.
    func testVersionOneStoreIsMigratedAndKeepsItsAnnotations() throws {
        let f = try StoreFixture()
        let queue = try DatabaseQueue(path: f.path)
        try StoreMigrations.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO document (id, path, title, length, firstSeen) VALUES (?, ?, ?, ?, ?)",
                           arguments: [f.document.id, f.document.path, f.document.title, f.document.length, 1_000])
            try db.execute(sql: """
                INSERT INTO annotation (id, documentId, verdict, note, tags, created, modified, exact, prefix, suffix, start, "end")
                VALUES ('6F1D2C3B-0000-4000-8000-000000000001', ?, 'misleading', 'old note', '["old"]', 1000, 2000, 'sea wall', 'on ', ' costing', 10, 18)
                """, arguments: [f.document.id])
        }
        XCTAssertFalse(try queue.read { try $0.tableExists("change") })
        try queue.close()

        let store = try f.open()
        XCTAssertEqual(try store.appliedMigrations(), ["v1", "v2-undo-log", "v3-annotation-source-original", "library-1-feeds-items", "library-2-people", "library-3-claims"])
        let old = try XCTUnwrap(try store.annotation(UUID(uuidString: "6F1D2C3B-0000-4000-8000-000000000001")!))
        XCTAssertEqual(old.verdict, .misleading)
        XCTAssertEqual(old.note, "old note")
        XCTAssertEqual(old.tags, ["old"])
        XCTAssertEqual(old.created, Date(timeIntervalSince1970: 1))
        XCTAssertEqual(old.modified, Date(timeIntervalSince1970: 2))
        XCTAssertEqual(old.anchor, TextAnchor(exact: "sea wall", prefix: "on ", suffix: " costing", start: 10, end: 18))
        try store.delete(old.id)
        XCTAssertEqual(try store.undo(), .restored(old))
        XCTAssertEqual(try store.annotation(old.id), old)
    }
}
