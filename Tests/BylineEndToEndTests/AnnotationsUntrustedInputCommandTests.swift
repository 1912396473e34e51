import Foundation
import XCTest

/// `byline annotations import` of someone else's file: a target naming a FIFO or a device is
/// not read, and a collection's pages that are not read are said, with a non-zero exit.
final class AnnotationsUntrustedInputCommandTests: TemporaryFolderTestCase {
    private func item(_ id: String, source: String) -> String {
        #"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "\#(id)", "type": "Annotation", "bodyValue": "n", "created": "2026-01-01T00:00:00Z", "target": {"source": "\#(source)", "selector": {"type": "TextQuoteSelector", "exact": "sea wall"}}}"#
    }

    func testATargetNamingAFIFOIsNotReadAndTheImportFinishes() throws {
        let fifo = folder + "/pipe.txt"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let json = folder + "/in.jsonld"
        try "[\(item("http://example.org/a1", source: fifo)), \(item("http://example.org/a2", source: "/dev/zero"))]"
            .write(toFile: json, atomically: true, encoding: .utf8)
        let r = try BylineExecutable.runShell("timeout 60 \(BylineExecutable.shellQuoted) annotations import \(quoted(json)) --store \(quoted(folder + "/s.sqlite"))")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "imported 2: 2 added, 0 updated, 0 unchanged\n")
    }

    func testACollectionsLaterPagesAreSaidAndTheExitIsNonZero() throws {
        let json = folder + "/collection.jsonld"
        try """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/c", "type": "AnnotationCollection", "total": 3,
             "first": {"id": "http://example.org/c/1", "type": "AnnotationPage", "next": "http://example.org/c/2",
                       "items": [\(item("http://example.org/a1", source: "http://example.org/p"))]}}
            """.write(toFile: json, atomically: true, encoding: .utf8)
        let store = folder + "/s.sqlite"
        let r = try BylineExecutable.run(["annotations", "import", json, "--store", store])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "byline: skipped: the collection's pages after the first (next: http://example.org/c/2) are not read: 1 of 3 items imported at most\n")
        XCTAssertEqual(r.stdout, "imported 1: 1 added, 0 updated, 0 unchanged; part of the file not read\n")
        let strict = try BylineExecutable.run(["annotations", "import", "--strict", json, "--store", folder + "/t.sqlite"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stdout, "")

        try #"{"id": "http://example.org/c", "type": "AnnotationCollection", "total": 4}"#.write(toFile: json, atomically: true, encoding: .utf8)
        let empty = try BylineExecutable.run(["annotations", "import", json, "--store", store])
        XCTAssertEqual(empty.status, 1)
        XCTAssertEqual(empty.stderr, "byline: skipped: the collection includes no first page (total 4): nothing to import\n")
    }
}
