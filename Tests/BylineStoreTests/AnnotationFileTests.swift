import BylineCore
import BylineStore
import Foundation
import XCTest

/// What of a file is not read is said, never dropped silently.
final class AnnotationFileTests: XCTestCase {
    private static let item = """
        {"id": "http://example.org/a1", "type": "Annotation", "bodyValue": "n",
         "target": {"source": "http://example.org/p", "selector": {"type": "TextQuoteSelector", "exact": "q"}}}
        """

    func testPagesAfterTheFirstAreNamedAsNotRead() throws {
        let json = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/c", "type": "AnnotationCollection", "total": 3,
             "first": {"id": "http://example.org/c/1", "type": "AnnotationPage", "next": "http://example.org/c/2", "items": [\(Self.item)]}}
            """
        let batch = try Interchange.read(json)
        XCTAssertEqual(batch.items.count, 1)
        XCTAssertEqual(batch.unread, ["the collection's pages after the first (next: http://example.org/c/2) are not read: 1 of 3 items imported at most"])
    }

    func testATotalBeyondTheFirstPageIsNamed() throws {
        let json = """
            {"id": "http://example.org/c", "type": "AnnotationCollection", "total": 2,
             "first": {"type": "AnnotationPage", "items": [\(Self.item)]}}
            """
        XCTAssertEqual(try Interchange.read(json).unread, ["the collection holds 2 items, its first page 1: the others are not read"])
    }

    func testACollectionWithoutAFirstPageSaysSo() throws {
        let none = try Interchange.read(#"{"id": "http://example.org/c", "type": "AnnotationCollection", "total": 4}"#)
        XCTAssertEqual(none.unread, ["the collection includes no first page (total 4): nothing to import"])
        XCTAssertEqual(try Interchange.read(#"{"id": "http://example.org/c", "type": "AnnotationCollection", "total": 0}"#).unread, [],
                       "an empty collection is just empty")
    }

    func testAPageWithANextPageSaysSo() throws {
        let json = #"{"type": "AnnotationPage", "next": {"id": "http://example.org/p2"}, "items": [\#(Self.item)]}"#
        XCTAssertEqual(try Interchange.read(json).unread, ["the next page (http://example.org/p2) is not read, only this one"])
    }
}
