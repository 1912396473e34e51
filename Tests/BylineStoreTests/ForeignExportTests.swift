import BylineCore
import BylineStore
import Foundation
import XCTest

/// A foreign annotation edited or corrected in Byline goes out saying what Byline now holds,
/// and nothing more is changed than that.
final class ForeignExportTests: XCTestCase {
    private static let foreign = """
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno8", "type": "Annotation",
         "motivation": ["commenting", "questioning"], "created": "2026-01-02T00:00:00Z", "bodyValue": "Who says?",
         "target": {"source": "http://example.org/page", "selector": [
           {"type": "TextQuoteSelector", "exact": "40 million", "prefix": "costing ", "suffix": " pounds"},
           {"type": "TextPositionSelector", "start": 50, "end": 60}]}}
        """

    func testAReanchoredQuoteIsWrittenWithItsNewExactPrefixAndSuffix() throws {
        var a = try XCTUnwrap(try Interchange.read(Self.foreign).items.first?.annotation)
        let text = ScalarText("The plan now costs 46 million pounds in all.")
        a.anchor = TextAnchor(range: 19..<29, in: text)
        XCTAssertEqual(a.anchor.exact, "46 million")
        let selectors = try XCTUnwrap(Interchange.writer.json(a, document: nil)["target"]?["selector"]?.array)
        let quote = try XCTUnwrap(selectors.first { $0["type"]?.string == "TextQuoteSelector" })
        XCTAssertEqual(quote["exact"]?.string, "46 million")
        XCTAssertEqual(quote["prefix"]?.string, a.anchor.prefix)
        XCTAssertEqual(quote["suffix"]?.string, a.anchor.suffix)
        XCTAssertEqual(selectors.filter { $0["type"]?.string == "TextPositionSelector" },
                       [.object(["type": .string("TextPositionSelector"), "start": .int(19), "end": .int(29)])])
        XCTAssertEqual(WebAnnotationMust.annotation(Interchange.writer.json(a, document: nil)), [])
    }

    func testAnEditKeepsAMotivationArrayItDidNotWrite() throws {
        var a = try XCTUnwrap(try Interchange.read(Self.foreign).items.first?.annotation)
        a.note = "Edited here"
        let out = Interchange.writer.json(a, document: nil)
        XCTAssertEqual(out["motivation"], .array([.string("commenting"), .string("questioning")]))
        XCTAssertEqual(out["body"]?.array?.first?["value"]?.string, "Edited here")
    }

    /// A position the import dropped as wrong is dropped from the kept original too: importing
    /// Byline's export of it again changes nothing and logs nothing to undo.
    func testReimportingTheExportOfACorrectedForeignAnnotationChangesNothing() throws {
        let f = try StoreFixture()
        let store = try f.open()
        try store.register(f.document)
        let wrong = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno9", "type": "Annotation", "bodyValue": "n",
              "created": "2026-01-02T00:00:00Z",
              "target": {"source": "\(f.document.id)", "selector": [{"type": "TextQuoteSelector", "exact": "sea wall"},
                {"type": "TextPositionSelector", "start": 40, "end": 400}]}},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno10", "type": "Annotation", "bodyValue": "m",
              "created": "2026-01-02T00:00:00Z",
              "target": {"source": "/articles/harbour.txt", "selector": {"type": "TextQuoteSelector", "exact": "harm the beach"}}}]
            """
        let atHand = ["/articles/harbour.txt": DocumentAtHand(record: f.document, text: f.text)]
        let first = try store.importAnnotations(try Interchange.read(wrong), documents: atHand)
        XCTAssertEqual(first.added, 2)
        let depth = try store.undoDepth()
        let stored = try store.allAnnotations()
        let export = Interchange.writer.list(stored) { _ in f.document }
        let again = try store.importAnnotations(try Interchange.read(export), documents: atHand)
        XCTAssertEqual(again, AnnotationStore.ImportSummary(unchanged: 2))
        XCTAssertEqual(try store.undoDepth(), depth)
        XCTAssertEqual(try store.allAnnotations(), stored)
    }
}
