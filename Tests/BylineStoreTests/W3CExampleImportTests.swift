import BylineCore
import BylineStore
import Foundation
import XCTest

/// The kinds of annotation the W3C model's examples show for text, written here as our own
/// fixtures of the same shapes: each is imported, or skipped with the rule it breaks.
final class W3CExampleImportTests: XCTestCase {
    private func one(_ json: String, file: StaticString = #filePath, line: UInt = #line) throws -> ImportItem {
        let batch = try Interchange.read(json)
        XCTAssertEqual(batch.skipped, [], file: file, line: line)
        return try XCTUnwrap(batch.items.first, file: file, line: line)
    }

    private func skipped(_ json: String) throws -> String {
        let batch = try Interchange.read(json)
        XCTAssertEqual(batch.items.count, 0)
        return batch.skipped.first?.description ?? ""
    }

    func testTextQuoteSelectorWithAnHTTPIdAndNoDates() throws {
        let item = try one("""
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno23", "type": "Annotation",
             "body": {"type": "TextualBody", "value": "Check this figure"},
             "target": {"source": "http://example.org/page1", "selector": {"type": "TextQuoteSelector", "exact": "forty homes", "prefix": "about ", "suffix": " were"}}}
            """)
        let a = item.annotation
        XCTAssertEqual(a.note, "Check this figure")
        XCTAssertEqual(a.source, "http://example.org/page1")
        XCTAssertEqual(a.anchor, .unplaced(exact: "forty homes", prefix: "about ", suffix: " were"), "no position invented")
        XCTAssertNotNil(a.original, "the foreign id and shape are kept")
        XCTAssertEqual(try Interchange.read("[\(a.original!)]").items.first?.annotation.id, a.id, "the same foreign id maps to the same local id")
    }

    func testArraysForContextTypeAndTargetAndASourceObject() throws {
        let a = try one("""
            {"@context": ["http://www.w3.org/ns/anno.jsonld", {"ex": "http://example.org/ns#"}], "id": "urn:example:anno7",
             "type": ["Annotation", "ex:Note"], "created": "2026-03-01T10:00:00Z",
             "body": [{"type": "TextualBody", "purpose": "tagging", "value": "budget"}, {"type": "TextualBody", "purpose": "tagging", "value": "flood"},
                      {"type": "TextualBody", "purpose": "commenting", "value": "one"}, {"type": "TextualBody", "purpose": "commenting", "value": "two"}],
             "target": ["http://example.org/elsewhere",
                        {"type": "SpecificResource", "source": {"id": "http://example.org/page2", "type": "Text"},
                         "selector": [{"type": "TextQuoteSelector", "exact": "the wall"}, {"type": "TextPositionSelector", "start": 5, "end": 13}]}]}
            """).annotation
        XCTAssertEqual(a.tags, ["budget", "flood"])
        XCTAssertEqual(a.note, "one\n\ntwo")
        XCTAssertEqual(a.source, "http://example.org/page2")
        XCTAssertEqual(a.anchor.range, 5..<13)
        XCTAssertEqual(a.created, Date(timeIntervalSince1970: 1_772_359_200))
    }

    func testBodyValueAndARelativeIdAndMotivationAsPurpose() throws {
        let a = try one("""
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "anno5", "type": "Annotation", "motivation": "assessing",
             "bodyValue": "false", "target": {"source": "urn:isbn:0-000-00000-0", "selector": {"type": "TextQuoteSelector", "exact": "x"}}}
            """).annotation
        XCTAssertEqual(a.verdict, .false)
        XCTAssertEqual(a.documentID, "urn:isbn:0-000-00000-0")
    }

    func testQuoteInsideRefinedBy() throws {
        let a = try one("""
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno9", "type": "Annotation",
             "target": {"source": "http://example.org/page3", "selector": {"type": "FragmentSelector", "value": "para5",
               "refinedBy": {"type": "TextQuoteSelector", "exact": "chosen words", "prefix": "the ", "suffix": " here"}}}}
            """).annotation
        XCTAssertEqual(a.anchor.exact, "chosen words")
    }

    /// A position refining a FragmentSelector counts from that fragment: it is not taken as a
    /// place in the whole document, and the quote anchors alone.
    func testAPositionInsideAFragmentIsNotTakenAsADocumentOffset() throws {
        let item = try one("""
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno11", "type": "Annotation",
             "target": {"source": "http://example.org/page3", "selector": {"type": "FragmentSelector", "value": "para5",
               "refinedBy": [{"type": "TextQuoteSelector", "exact": "chosen words"}, {"type": "TextPositionSelector", "start": 4, "end": 16}]}}}
            """)
        XCTAssertEqual(item.annotation.anchor, .unplaced(exact: "chosen words", prefix: "", suffix: ""))
        XCTAssertEqual(item.notes, ["a TextPositionSelector refining a FragmentSelector counts from that part, not from the document's start: dropped"])
        let nested = try one("""
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno12", "type": "Annotation",
             "target": {"source": "http://example.org/page3", "selector": {"type": "TextQuoteSelector", "exact": "chosen words",
               "refinedBy": {"type": "TextPositionSelector", "start": 4, "end": 16}}}}
            """)
        XCTAssertEqual(nested.annotation.anchor.range, 4..<16, "a position refining a text selector is kept")
        XCTAssertEqual(try skipped("""
            {"id": "http://example.org/anno13", "type": "Annotation",
             "target": {"source": "http://example.org/page3", "selector": {"type": "CssSelector", "value": "#p5",
               "refinedBy": {"type": "TextPositionSelector", "start": 4, "end": 16}}}}
            """), "item 1: no text selector to anchor by (target: a TextPositionSelector refining a CssSelector counts from that part, not from the document's start, and there is no TextQuoteSelector); Byline anchors TextQuoteSelector and TextPositionSelector")
    }

    func testAnEmptyQuoteWithoutAPositionSaysSo() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let summary = try store.importAnnotations(try Interchange.read("""
            {"id": "http://example.org/anno14", "type": "Annotation", "bodyValue": "n",
             "target": {"source": "http://example.org/p", "selector": {"type": "TextQuoteSelector", "exact": ""}}}
            """))
        XCTAssertEqual(summary.skipped.map(\.message), ["the quote (TextQuoteSelector.exact) is empty and there is no position to read it from"])
    }

    func testAgentsAudienceAndStylesAreKeptAndExportedAsTheyCameIn() throws {
        let original = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno30", "type": "Annotation",
             "motivation": "commenting", "creator": {"id": "http://example.org/user1", "type": "Person", "name": "A. Person", "nickname": "ap"},
             "generator": {"id": "http://example.org/client1", "type": "Software", "name": "Code v2.1"},
             "audience": {"type": "schema:EducationalAudience", "schema:educationalRole": "teacher"},
             "stylesheet": {"type": "CssStylesheet", "value": ".red { color: red }"},
             "body": [{"type": "TextualBody", "value": "Not what the report says", "language": "en", "format": "text/plain"},
                      {"type": "TextualBody", "value": "<p>Voir le rapport</p>", "language": "fr", "format": "text/html"},
                      "http://example.org/video1"],
             "target": {"source": "http://example.org/page4", "styleClass": "red",
                        "selector": {"type": "TextQuoteSelector", "exact": "the report", "prefix": "said ", "suffix": " was"}}}
            """
        let item = try one(original)
        XCTAssertTrue(item.notes.contains { $0.contains("not textual") }, "\(item.notes)")
        let f = try StoreFixture()
        let store = try f.open()
        XCTAssertEqual(try store.importAnnotations(ImportBatch(items: [item])).added, 1)
        let exported = try Interchange.object(Interchange.writer.list(try store.allAnnotations()))
        XCTAssertEqual(exported.array?.first, try Interchange.object(original))
        XCTAssertEqual(WebAnnotationMust.annotation(try XCTUnwrap(exported.array?.first)), [])

        var edited = try XCTUnwrap(try store.allAnnotations().first)
        edited.verdict = .disputed
        let after = try XCTUnwrap(Interchange.writer.json(edited, document: nil).object)
        XCTAssertEqual(after["creator"], try Interchange.object(original)["creator"])
        XCTAssertEqual(after["motivation"]?.string, "assessing")
        XCTAssertTrue(after["body"]?.array?.contains(.string("http://example.org/video1")) ?? false)
    }

    func testWhatCannotBeAnchoredIsSkippedWithItsRuleAndTheRestImported() throws {
        let json = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
              "body": "http://example.org/post1", "target": "http://example.com/page1"},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno2", "type": "Annotation",
              "target": {"source": "http://example.org/image1", "type": "Image", "selector": {"type": "SvgSelector", "value": "<svg/>"}}},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno3", "type": "Annotation",
              "target": {"source": "http://example.org/page5", "selector": {"type": "TextQuoteSelector", "exact": "kept"}}},
             {"id": "x", "type": "AnnotationPage"}]
            """
        let batch = try Interchange.read(json)
        XCTAssertEqual(batch.items.map(\.item), [3])
        XCTAssertEqual(batch.skipped.map(\.item), [1, 2, 4])
        XCTAssertTrue(batch.skipped[0].description.hasPrefix("item 1: no text selector to anchor by (target: an IRI without a selector)"))
        XCTAssertTrue(batch.skipped[1].description.contains("an image target"))
        XCTAssertEqual(batch.skipped[2].description, "item 4: type is AnnotationPage, not Annotation")
        let f = try StoreFixture()
        let store = try f.open()
        XCTAssertThrowsError(try store.importAnnotations(batch, strict: true)) { error in
            XCTAssertTrue("\(error)".hasPrefix("item 1: no text selector"), "\(error)")
        }
        XCTAssertEqual(try store.allAnnotations(), [])
        let summary = try store.importAnnotations(batch)
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.skipped.map(\.item), [1, 2, 4])
    }

    func testAPositionOnlySelectorNeedsItsDocumentAtHand() throws {
        let f = try StoreFixture()
        let json = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno4", "type": "Annotation",
             "target": {"source": "/articles/harbour.txt", "selector": {"type": "TextPositionSelector", "start": 1, "end": 7}}}
            """
        let store = try f.open()
        let alone = try store.importAnnotations(try Interchange.read(json))
        XCTAssertEqual(alone.skipped.first?.message, "the quote is empty: a TextPositionSelector alone needs its document at hand")
        let atHand = ["/articles/harbour.txt": DocumentAtHand(record: f.document, text: f.text)]
        let summary = try store.importAnnotations(try Interchange.read(json), documents: atHand)
        XCTAssertEqual(summary.added, 1)
        let a = try XCTUnwrap(try store.allAnnotations().first)
        XCTAssertEqual(a.anchor.exact, "arbour")
        XCTAssertEqual(a.documentID, f.document.id)
    }
}

/// The rest of the model's shapes around a text target, and what Byline's earlier versions wrote.
final class W3CMoreShapesTests: XCTestCase {
    func testChoiceAndSpecificResourceBodiesStatesScopeAndRightsAreKeptWhole() throws {
        let original = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno40", "type": "Annotation",
             "motivation": "commenting", "rights": "https://creativecommons.org/licenses/by/4.0/",
             "canonical": "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df", "via": "http://other.example.org/anno1",
             "body": [{"type": "Choice", "items": [{"type": "TextualBody", "value": "Note in English", "language": "en"},
                                                  {"type": "TextualBody", "value": "Note en français", "language": "fr"}]},
                      {"type": "SpecificResource", "purpose": "tagging", "source": "http://example.org/city1"},
                      {"type": "TextualBody", "value": "النص", "language": "ar", "textDirection": "rtl"}],
             "target": {"source": "http://example.org/page6", "scope": "http://example.org/index",
                        "state": {"type": "TimeState", "cached": "http://archive.example/copy1", "sourceDate": "2026-01-05T10:00:00Z"},
                        "renderedVia": {"id": "http://example.org/reader", "type": "Software"},
                        "selector": [{"type": "TextQuoteSelector", "exact": "the levee", "prefix": "near "}]}}
            """
        let batch = try Interchange.read(original)
        XCTAssertEqual(batch.skipped, [])
        let item = try XCTUnwrap(batch.items.first)
        XCTAssertEqual(item.annotation.note, "النص")
        XCTAssertEqual(item.notes.filter { $0.contains("not textual") }.count, 2, "\(item.notes)")
        let out = Interchange.writer.json(item.annotation, document: nil)
        XCTAssertEqual(out, try Interchange.object(original))
        XCTAssertEqual(WebAnnotationMust.annotation(out), [])
    }

    func testAnExportOfAnEarlierBylineIsReadAndWrittenInTodaysShape() throws {
        let old = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation",
              "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
              "body": [{"type": "TextualBody", "purpose": "assessing", "value": "false"}],
              "target": {"source": "\(DocumentID.of("x"))", "selector": [{"type": "TextQuoteSelector", "exact": "x", "prefix": "", "suffix": ""},
                                                            {"type": "TextPositionSelector", "start": 0, "end": 1}]}}]
            """
        let a = try XCTUnwrap(try Interchange.read(old).items.first?.annotation)
        XCTAssertNil(a.original)
        let now = try Interchange.object(Interchange.writer.list([a]))
        XCTAssertEqual(now.array?.first?["motivation"]?.string, "assessing")
        XCTAssertNil(now.array?.first?["target"]?["selector"]?.array?.first?["prefix"], "no empty prefix")
        XCTAssertEqual(WebAnnotationMust.annotation(try XCTUnwrap(now.array?.first)), [])
    }

    /// Every shape the W3C export can take passes the model's MUSTs.
    func testEveryExportShapePassesTheMusts() throws {
        let hypothesis = try XCTUnwrap(try Interchange.read(HypothesisFormatTests.export).items.first?.annotation)
        var unplaced = hypothesis
        unplaced.anchor = .unplaced(exact: "q", prefix: "", suffix: "")
        unplaced.original = nil
        let foreign = try XCTUnwrap(try Interchange.read("""
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno41", "type": "Annotation", "bodyValue": "a",
             "target": {"source": "http://example.org/p", "selector": {"type": "TextQuoteSelector", "exact": "q"}}}
            """).items.first?.annotation)
        var edited = foreign
        edited.note = "b"
        edited.tags = ["t"]
        edited.anchor.start = 3
        edited.anchor.end = 4
        let writer = WebAnnotationWriter(generator: Interchange.generator, creator: ExportAgent(name: "Ana"))
        for a in [hypothesis, unplaced, foreign, edited] {
            let json = writer.json(a, document: nil)
            XCTAssertEqual(WebAnnotationMust.annotation(json), [], json.compact)
        }
        let edit = writer.json(edited, document: nil)
        XCTAssertNil(edit["bodyValue"])
        XCTAssertEqual(edit["target"]?["selector"]?.array?.last, .object(["type": .string("TextPositionSelector"), "start": .int(3), "end": .int(4)]))
        XCTAssertEqual(WebAnnotationMust.collection(try Interchange.object(writer.collection([hypothesis, foreign], label: "x"))), [])
        XCTAssertEqual(WebAnnotationMust.collection(try Interchange.object(writer.collection([], label: "none"))), [])
    }
}
