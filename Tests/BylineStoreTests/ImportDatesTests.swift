import BylineCore
import BylineStore
import Foundation
import XCTest

/// An item without a `created` is dated at its import (never 1970), and a foreign annotation
/// that had none goes out again without one.
final class ImportDatesTests: XCTestCase {
    static let undated = """
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno3", "type": "Annotation", "bodyValue": "Source?",
         "target": {"source": "http://example.org/page", "selector": {"type": "TextQuoteSelector", "exact": "sea wall"}}}
        """

    func testAMissingCreatedIsTheImportTimeWithANote() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let summary = try store.importAnnotations(try Interchange.read(Self.undated))
        XCTAssertEqual(summary.notes.map(\.description), ["item 1: no created date: dated at this import"])
        let a = try XCTUnwrap(try store.allAnnotations().first)
        XCTAssertEqual(a.created, Date(timeIntervalSince1970: 1_767_225_601), "the store's clock at the import")
        XCTAssertEqual(a.modified, a.created)
        let again = try store.importAnnotations(try Interchange.read(Self.undated))
        XCTAssertEqual(again.unchanged, 1, "a second import keeps the first one's date")
        XCTAssertEqual(try store.undoDepth(), 1)
    }

    func testAVerbatimReexportInventsNoCreated() throws {
        let f = try StoreFixture()
        let store = try f.open()
        try store.importAnnotations(try Interchange.read(Self.undated))
        let a = try XCTUnwrap(try store.allAnnotations().first)
        let out = try XCTUnwrap(Interchange.writer.json(a, document: nil).object)
        XCTAssertNil(out["created"])
        XCTAssertEqual(JSONValue.object(out), try Interchange.object(Self.undated))
    }

    func testAHypothesisItemWithoutDatesOrWithABadOneIsDatedAtImport() throws {
        let export = """
            {"annotations": [{"id": "h1", "uri": "https://news.example/wall", "text": "t", "created": "yesterday",
              "target": [{"source": "https://news.example/wall", "selector": [{"type": "TextQuoteSelector", "exact": "sea wall"}]}]}]}
            """
        let batch = try Interchange.read(export)
        XCTAssertEqual(batch.items.first?.notes, ["created yesterday is not a date: ignored"])
        let f = try StoreFixture()
        let store = try f.open()
        try store.importAnnotations(batch)
        XCTAssertEqual(try store.allAnnotations().first?.created, Date(timeIntervalSince1970: 1_767_225_601))
    }
}
