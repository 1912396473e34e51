import Foundation
import XCTest

/// Stores and imports byline did not make, end to end: a store path that is a device or
/// someone else's file is refused with the path named and not a byte written; a read-only
/// store is still listed and exported; a bad import names the item and the field.
final class StoreSafetyCommandTests: TemporaryFolderTestCase {
    override func tearDownWithError() throws {
        chmod(folder, 0o755)
        try super.tearDownWithError()
    }

    private func annotations(_ args: [String], store: String, stdin: Data? = nil) throws -> BylineExecutable.Result {
        try BylineExecutable.run(["annotations"] + args + ["--store", store], stdin: stdin)
    }

    private func sidecars(_ path: String) -> [String] {
        ["-journal", "-wal", "-shm"].map { path + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    func testADeviceIsRefusedAndGetsNoJournal() throws {
        for command in [["list"], ["export"], ["import", "-"]] {
            let r = try annotations(command, store: "/dev/null", stdin: Data("[]".utf8))
            XCTAssertEqual(r.status, 1, "\(command)")
            XCTAssertEqual(r.stderr, "byline: /dev/null: a character device, not a store file; nothing was changed\n")
            XCTAssertEqual(sidecars("/dev/null"), [])
        }
    }

    func testAFileThatIsNotAStoreIsLeftByteForByte() throws {
        let path = folder + "/notes.csv"
        let content = Data("id,note\n1,keep me\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let article = folder + "/a.txt"
        try "A short article about a sea wall.\n".write(toFile: article, atomically: true, encoding: .utf8)
        for command in [["list"], ["add", article, "--quote", "sea wall", "--verdict", "false"]] {
            let r = try annotations(command, store: path)
            XCTAssertEqual(r.status, 1)
            XCTAssertEqual(r.stderr, "byline: \(path): not a Byline store (not an SQLite database); nothing was changed\n")
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), content)
        XCTAssertEqual(sidecars(path), [])
    }

    func testAReadOnlyStoreIsListedAndExportedUnchanged() throws {
        let article = folder + "/a.txt"
        try "Sea wall approved\n\nThe council approved a sea wall on Tuesday.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let store = folder + "/ro/store.sqlite"
        let added = try annotations(["add", article, "--quote", "sea wall", "--verdict", "disputed", "--note", "which one?"], store: store)
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(chmod(store, 0o444), 0)
        XCTAssertEqual(chmod(folder + "/ro", 0o555), 0)
        defer { chmod(folder + "/ro", 0o755) }
        let before = FileManager.default.contents(atPath: store)
        let list = try annotations(["list", article], store: store)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("disputed  \"sea wall\"  — which one?"), list.stdout)
        let markdown = try annotations(["export", "--format", "markdown"], store: store)
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.contains("which one?"), markdown.stdout)
        XCTAssertEqual(FileManager.default.contents(atPath: store), before)
        XCTAssertEqual(sidecars(store), [])
    }

    func testAnImportErrorNamesTheItemAndTheField() throws {
        let store = folder + "/s.sqlite"
        let good = #"{"id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation", "body": [], "target": {"source": "s", "selector": [{"type": "TextQuoteSelector", "exact": "a"}]}}"#
        let bad = #"{"id": "urn:uuid:21111111-2222-4333-8444-555555555555", "type": "Annotation", "body": [{"type": "TextualBody", "value": 12}], "target": {"source": "s", "selector": [{"type": "TextQuoteSelector", "exact": "a"}]}}"#
        let strict = try annotations(["import", "--strict", "-"], store: store, stdin: Data("[\(good), \(bad)]".utf8))
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stderr, "byline: item 2: body[0].value: expected a string; nothing was imported\n")
        XCTAssertEqual(try annotations(["list"], store: store).stdout, "no annotations in \(store)\n")
        let r = try annotations(["import", "-"], store: store, stdin: Data("[\(good), \(bad)]".utf8))
        XCTAssertEqual(r.status, 1, "something was skipped")
        XCTAssertEqual(r.stderr, "byline: note: item 1: no created date: dated at this import\nbyline: skipped item 2: body[0].value: expected a string\n")
        XCTAssertEqual(r.stdout, "imported 2: 1 added, 0 updated, 0 unchanged, 1 skipped\n")
        let inverted = good.replacingOccurrences(of: #""exact": "a"}"#, with: #""exact": "a"}, {"type": "TextPositionSelector", "start": 9, "end": 2}"#)
        let r2 = try annotations(["import", "-"], store: store, stdin: Data("[\(inverted)]".utf8))
        XCTAssertEqual(r2.status, 0, r2.stderr)
        XCTAssertEqual(r2.stderr, "byline: note: item 1: position 9-2 is not a range: dropped\n")
        XCTAssertEqual(r2.stdout, "imported 1: 0 added, 0 updated, 1 unchanged\n", "once its wrong position is dropped, it is the item already stored")
        let list = try annotations(["list"], store: store).stdout
        XCTAssertTrue(list.contains("11111111  unplaced  -  \"a\""), list)
    }

    /// A FIFO has no size to check beforehand: reading itself stops at the import limit, and
    /// `timeout` turns a reader that never stops into a failure rather than a hung test.
    func testAnEndlessImportStopsAtTheLimit() throws {
        let fifo = folder + "/endless.jsonld", store = folder + "/s.sqlite"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let r = try BylineExecutable.runShell(
            "(yes > '\(fifo)' 2>/dev/null &) ; timeout 60 \(BylineExecutable.shellQuoted) annotations import --store '\(store)' '\(fifo)'")
        XCTAssertEqual(r.status, 1, "status 124: it never stopped reading; stderr: \(r.stderr)")
        XCTAssertEqual(r.stderr, "byline: \(fifo): larger than the 64 MiB limit; stopped reading\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store))
    }
}
