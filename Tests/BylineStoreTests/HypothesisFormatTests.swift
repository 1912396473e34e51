import BylineCore
import BylineStore
import Foundation
import XCTest

/// Notes move between Byline and Hypothesis on the same article URL.
final class HypothesisFormatTests: XCTestCase {
    static let export = """
        {"export_date": "2026-02-01T09:00:00.000Z", "export_userid": "acct:reader@hypothes.is", "client_version": "1.0",
         "annotations": [
          {"id": "Zx81kQaBEe-abcdefghijkl", "created": "2026-01-31T08:00:00.000000+00:00", "updated": "2026-01-31T08:05:00.000000+00:00",
           "user": "acct:reader@hypothes.is", "uri": "https://news.example/wall", "text": "Source for this?", "tags": ["cost", "verdict:disputed"],
           "group": "__world__", "permissions": {"read": ["group:__world__"]},
           "target": [{"source": "https://news.example/wall", "selector": [
             {"type": "RangeSelector", "startContainer": "/div[1]/p[2]", "startOffset": 0, "endContainer": "/div[1]/p[2]", "endOffset": 17},
             {"type": "TextPositionSelector", "start": 120, "end": 137},
             {"type": "TextQuoteSelector", "exact": "40 million pounds", "prefix": "a sea wall costing ", "suffix": " on Tuesday"}]}],
           "document": {"title": ["Harbour town votes"]}},
          {"id": "pagenote1", "uri": "https://news.example/wall", "text": "A page note", "tags": [], "target": [{"source": "https://news.example/wall"}]}
         ]}
        """

    func testImportReadsNotesTagsVerdictAndQuoteAndSkipsPageNotes() throws {
        let batch = try Interchange.read(Self.export)
        XCTAssertEqual(batch.skipped.map(\.description), ["item 2: no TextQuoteSelector (a page note): Byline anchors passages only"])
        let a = try XCTUnwrap(batch.items.first?.annotation)
        XCTAssertEqual(a.note, "Source for this?")
        XCTAssertEqual(a.tags, ["cost"])
        XCTAssertEqual(a.verdict, .disputed)
        XCTAssertEqual(a.source, "https://news.example/wall")
        XCTAssertEqual(a.anchor.exact, "40 million pounds")
        XCTAssertEqual(a.anchor.range, 120..<137)
        XCTAssertNotNil(a.original)
    }

    func testAnImportedNoteExportsAsItCameAndAnEditedOneCarriesTheChange() throws {
        var a = try XCTUnwrap(try Interchange.read(Self.export).items.first?.annotation)
        let out = try Interchange.object(Interchange.hypothesis.export([a], exportDate: Date(timeIntervalSince1970: 0)))
        let original = try Interchange.object(Self.export)["annotations"]?.array?.first
        XCTAssertEqual(out["annotations"]?.array?.first, original)
        a.note = "Checked: the budget says 46."
        a.verdict = .false
        let edited = try XCTUnwrap(try Interchange.object(Interchange.hypothesis.export([a], exportDate: Date())).object)
        let item = try XCTUnwrap(edited["annotations"]?.array?.first)
        XCTAssertEqual(item["text"]?.string, "Checked: the budget says 46.")
        XCTAssertEqual(item["tags"], .array([.string("cost"), .string("verdict:false")]))
        XCTAssertEqual(item["group"]?.string, "__world__", "what Byline does not use is kept")
    }

    func testBylineAnnotationsRoundTripThroughHypothesis() throws {
        let f = try StoreFixture()
        let record = DocumentRecord(id: f.document.id, path: "https://news.example/wall", title: "Harbour town votes on sea wall", length: f.text.count)
        let a = Annotation(id: UUID(), documentID: record.id, verdict: .needsContext, note: "Which homes?", tags: ["homes"],
                           created: Date(timeIntervalSince1970: 1_767_225_600), modified: Date(timeIntervalSince1970: 1_767_225_600),
                           anchor: f.anchor("four thousand homes"))
        let text = Interchange.hypothesis.export([a], exportDate: Date(timeIntervalSince1970: 0)) { _ in record }
        let json = try Interchange.object(text)
        XCTAssertEqual(json["annotations"]?.array?.first?["uri"]?.string, "https://news.example/wall")
        XCTAssertEqual(json["annotations"]?.array?.first?["document"]?["title"], .array([.string("Harbour town votes on sea wall")]))
        let back = try XCTUnwrap(try Interchange.read(text).items.first?.annotation)
        XCTAssertEqual(back.id, a.id)
        XCTAssertEqual(back.verdict, .needsContext)
        XCTAssertEqual(back.note, "Which homes?")
        XCTAssertEqual(back.tags, ["homes"])
        XCTAssertEqual(back.anchor, a.anchor)

        let store = try f.open()
        try store.register(record)
        XCTAssertEqual(try store.importAnnotations(try Interchange.read(text)).added, 1)
        XCTAssertEqual(try store.allAnnotations().first?.documentID, record.id, "a URL the library knows names its document")
    }

    func testARepliesIsNamedAsAReplyAndTargetsAreReadAsW3CTargetsAre() throws {
        let export = """
            {"annotations": [
              {"id": "r1", "uri": "https://news.example/wall", "text": "Agreed", "references": ["Zx81kQaBEe-abcdefghijkl"],
               "target": [{"source": "https://news.example/wall"}]},
              {"id": "p1", "uri": "https://news.example/wall", "text": "x",
               "target": [{"source": "https://news.example/wall", "selector": [{"type": "TextQuoteSelector", "exact": "wall", "prefix": 7}]}]},
              {"id": "f1", "uri": "https://news.example/wall", "text": "y",
               "target": [{"source": "https://news.example/wall", "selector": [{"type": "RangeSelector", "startContainer": "/p[2]",
                 "refinedBy": {"type": "TextQuoteSelector", "exact": "sea wall"}}]}]}
            ]}
            """
        let batch = try Interchange.read(export)
        XCTAssertEqual(batch.skipped.map(\.description), [
            "item 1: a reply to another annotation (references): Byline anchors passages only",
            "item 2: TextQuoteSelector.prefix: expected a string",
        ])
        XCTAssertEqual(batch.items.map(\.annotation.anchor.exact), ["sea wall"])
    }
}
