import BylineCore
import BylineStore
import Foundation
import XCTest

/// Positions are never invented nor kept wrong, text SQLite would cut is refused, and an
/// imported annotation naming a file attaches to that file, by its quote.
final class ImportPositionTests: XCTestCase {
    private func item(_ source: String, exact: String, prefix: String? = nil, position: (Int, Int)? = nil, note: String = "n") -> String {
        let p = prefix.map { #", "prefix": "\#($0)""# } ?? ""
        let pos = position.map { #", {"type": "TextPositionSelector", "start": \#($0.0), "end": \#($0.1)}"# } ?? ""
        return #"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:\#(UUID().uuidString)", "type": "Annotation", "created": "2026-01-01T00:00:00Z", "body": {"type": "TextualBody", "value": "\#(note)"}, "target": {"source": "\#(source)", "selector": [{"type": "TextQuoteSelector", "exact": "\#(exact)"\#(p)}\#(pos)]}}"#
    }

    func testPositionsThatContradictTheQuoteRunBackwardsOrLeaveTheTextAreCorrectedOrDropped() throws {
        let f = try StoreFixture()
        let store = try f.open()
        try store.register(f.document)
        let right = f.anchor("sea wall")
        let items = [
            item(f.document.id, exact: "sea wall", position: (right.start, right.end)),
            item(f.document.id, exact: "sea wall", position: (40, 400)),
            item(f.document.id, exact: "sea wall", position: (9, 1)),
            item(f.document.id, exact: "sea wall", position: (f.text.count + 2, f.text.count + 10)),
        ]
        let summary = try store.importAnnotations(try Interchange.read("[\(items.joined(separator: ","))]"))
        XCTAssertEqual(summary.added, 4)
        XCTAssertEqual(summary.notes.map(\.description), [
            "item 2: position 40-400 contradicts the quote (8 characters): dropped",
            "item 3: position 9-1 is not a range: dropped",
            "item 4: position \(f.text.count + 2)-\(f.text.count + 10) leaves the text (\(f.text.count) characters): dropped",
        ])
        let stored = try store.allAnnotations()
        XCTAssertEqual(stored.filter(\.anchor.isPlaced).map(\.anchor.range), [right.range])
        let located = try store.locate(in: f.text, documentID: f.document.id, path: nil)
        XCTAssertEqual(located.attached.map(\.resolution.range), Array(repeating: right.range, count: 4), "each re-anchors by its quote")
    }

    func testWithTheDocumentAtHandAQuoteIsPlacedOrListedAsAnOrphan() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let atHand = ["/articles/harbour.txt": DocumentAtHand(record: f.document, text: f.text)]
        let json = "[\(item("/articles/harbour.txt", exact: "harm the beach")), \(item("/articles/harbour.txt", exact: "not in the text"))]"
        let summary = try store.importAnnotations(try Interchange.read(json), documents: atHand)
        XCTAssertEqual(summary.notes.map(\.description), ["item 1: placed by its quote at \(f.anchor("harm the beach").start)-\(f.anchor("harm the beach").end)",
                                                          "item 2: the quote is not in the document: listed as an orphan"])
        let located = try store.locate(in: f.text, documentID: f.document.id, path: nil)
        XCTAssertEqual(located.attached.map(\.annotation.anchor.exact), ["harm the beach"])
        XCTAssertEqual(located.orphans.map(\.anchor.exact), ["not in the text"])
    }

    /// Issue #15 item 9: a target naming a file attaches when that file is opened by path.
    func testAnAnnotationNamingAFilePathAttachesWhenThatPathIsOpened() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let json = "[\(item("file:///articles/harbour.txt", exact: "Tourism fell", prefix: "\\n\\n"))]"
        XCTAssertEqual(try store.importAnnotations(try Interchange.read(json)).added, 1)
        XCTAssertEqual(try store.locate(in: f.text, documentID: f.document.id, path: nil).attached.count, 0)
        let located = try store.locate(in: f.text, documentID: f.document.id, path: "/articles/harbour.txt")
        XCTAssertEqual(located.attached.map(\.resolution.range), [f.anchor("Tourism fell").range])
        XCTAssertEqual(located.attached.first?.resolution.method, .quote)
    }

    func testANulAnywhereIsRefusedNotCut() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let batch = try Interchange.read("[\(item("s", exact: "a\\u0000b")), \(item("s", exact: "ok", note: "x\\u0000y"))]")
        let summary = try store.importAnnotations(batch)
        XCTAssertEqual(summary.skipped.map(\.description), [
            "item 1: the quote holds a NUL character (U+0000), which Byline does not store",
            "item 2: the note holds a NUL character (U+0000), which Byline does not store",
        ])
        XCTAssertEqual(try store.allAnnotations(), [])
    }

    func testMalformedMembersNameTheItemAndTheMember() throws {
        let bad = #"[{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation", "body": {"type": "TextualBody", "value": 12}, "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "a"}}}, {"id": 5, "type": "Annotation"}]"#
        let batch = try Interchange.read(bad)
        XCTAssertEqual(batch.skipped.map(\.description), ["item 1: body[0].value: expected a string", "item 2: id: expected an IRI (a string)"])
    }
}
