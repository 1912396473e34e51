import BylineCore
import BylineStore
import Foundation
import XCTest

/// Which imported items are one annotation and which are two: ids that repeat, that are empty,
/// or that are relative to their file.
final class ImportIdentityTests: XCTestCase {
    private func item(id: String?, source: String = "http://example.org/page", exact: String = "sea wall", note: String) -> String {
        let idMember = id.map { #""id": "\#($0)", "# } ?? ""
        return #"{"@context": "http://www.w3.org/ns/anno.jsonld", \#(idMember)"type": "Annotation", "bodyValue": "\#(note)", "target": {"source": "\#(source)", "selector": {"type": "TextQuoteSelector", "exact": "\#(exact)"}}}"#
    }

    func testAnEmptyIdIsRefusedWithItsRule() throws {
        let batch = try Interchange.read("[\(item(id: "", note: "a")), \(item(id: nil, note: "b"))]")
        XCTAssertEqual(batch.skipped.map(\.description), ["item 1: id: empty (an IRI is needed, or no id at all)"])
        XCTAssertEqual(batch.items.map(\.annotation.note), ["b"])
    }

    func testASecondItemWithTheSameIdIsSkippedNotSilentlyReplacingTheFirst() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let json = "[\(item(id: "http://example.org/anno1", note: "first")), \(item(id: "http://example.org/anno1", note: "second"))]"
        let summary = try store.importAnnotations(try Interchange.read(json))
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.skipped.map(\.description), ["item 2: its id repeats item 1's: skipped"])
        XCTAssertEqual(try store.allAnnotations().map(\.note), ["first"])
    }

    func testRelativeIdsFromTwoFilesOnTwoArticlesAreTwoAnnotations() throws {
        let f = try StoreFixture()
        let store = try f.open()
        try store.importAnnotations(try Interchange.read(item(id: "anno1", source: "http://example.org/one", note: "on one")))
        try store.importAnnotations(try Interchange.read(item(id: "anno1", source: "http://example.org/two", note: "on two")))
        XCTAssertEqual(Set(try store.allAnnotations().map(\.note)), ["on one", "on two"])
        let again = try store.importAnnotations(try Interchange.read(item(id: "anno1", source: "http://example.org/one", note: "on one")))
        XCTAssertEqual(again.unchanged, 1, "the same file again is the same annotation")
    }

    func testAnAbsoluteIdIsOneAnnotationWhicheverFileItComesIn() throws {
        let one = try XCTUnwrap(try Interchange.read(item(id: "urn:example:a1", source: "http://example.org/one", note: "x")).items.first)
        let two = try XCTUnwrap(try Interchange.read(item(id: "urn:example:a1", source: "http://example.org/two", note: "x")).items.first)
        XCTAssertEqual(one.annotation.id, two.annotation.id)
    }

    /// `--strict` names the first item that would be skipped, whether the file's reader or the
    /// store's check refused it.
    func testStrictNamesTheLowestNumberedFailure() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let json = "[\(item(id: "urn:example:n1", exact: "a\\u0000b", note: "nul")), {\"type\": \"Annotation\", \"id\": 5}, \(item(id: "urn:example:ok", note: "fine"))]"
        XCTAssertThrowsError(try store.importAnnotations(try Interchange.read(json), strict: true)) {
            XCTAssertEqual($0 as? StoreError, .rejectedImport(item: 1, reason: "the quote holds a NUL character (U+0000), which Byline does not store"))
        }
        XCTAssertEqual(try store.allAnnotations(), [], "nothing was imported")
    }
}
