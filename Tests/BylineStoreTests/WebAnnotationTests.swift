import BylineCore
import BylineStore
import Foundation
import XCTest

final class WebAnnotationTests: XCTestCase {
    private func sample() -> [Annotation] {
        let text = ScalarText("Ministers said “the plan is fully funded” on Monday. Café owners disagreed.")
        let doc = DocumentID.of(text.string)
        return [
            Annotation(id: UUID(uuidString: "11111111-2222-4333-8444-555555555555")!, documentID: doc, verdict: .misleading,
                       note: "The budget line covers only phase one.\nSee the annex, p. 4 \"table 2\".", tags: ["budget", "café"],
                       created: Date(timeIntervalSince1970: 1_767_225_600.123), modified: Date(timeIntervalSince1970: 1_767_312_000),
                       anchor: TextAnchor(range: 16..<40, in: text)),
            Annotation(id: UUID(uuidString: "AAAAAAAA-2222-4333-8444-555555555555")!, documentID: doc, verdict: nil, note: "", tags: ["follow-up"],
                       created: Date(timeIntervalSince1970: 0), modified: Date(timeIntervalSince1970: 0),
                       anchor: TextAnchor(range: 53..<64, in: text)),
        ]
    }

    func testExportUsesTheWebAnnotationModel() throws {
        let json = WebAnnotationCodec.encode(sample())
        let items = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(items.count, 2)
        let first = items[0]
        XCTAssertEqual(first["@context"] as? String, "http://www.w3.org/ns/anno.jsonld")
        XCTAssertEqual(first["type"] as? String, "Annotation")
        XCTAssertEqual(first["id"] as? String, "urn:uuid:11111111-2222-4333-8444-555555555555")
        XCTAssertEqual(first["created"] as? String, "2026-01-01T00:00:00.123Z")
        XCTAssertEqual(first["modified"] as? String, "2026-01-02T00:00:00.000Z")
        let bodies = try XCTUnwrap(first["body"] as? [[String: String]])
        XCTAssertEqual(bodies.map { $0["purpose"] }, ["assessing", "commenting", "tagging", "tagging"])
        XCTAssertEqual(bodies.map { $0["value"] }, ["misleading", "The budget line covers only phase one.\nSee the annex, p. 4 \"table 2\".", "budget", "café"])
        XCTAssertEqual(Set(bodies.map { $0["type"] }), ["TextualBody"])
        let target = try XCTUnwrap(first["target"] as? [String: Any])
        XCTAssertEqual(target["source"] as? String, sample()[0].documentID)
        let selectors = try XCTUnwrap(target["selector"] as? [[String: Any]])
        XCTAssertEqual(selectors[0]["type"] as? String, "TextQuoteSelector")
        XCTAssertEqual(selectors[0]["exact"] as? String, "the plan is fully funded")
        XCTAssertEqual(selectors[0]["prefix"] as? String, "Ministers said “")
        XCTAssertEqual(selectors[0]["suffix"] as? String, "” on Monday. Café owners disagre")
        XCTAssertEqual(selectors[1]["type"] as? String, "TextPositionSelector")
        XCTAssertEqual(selectors[1]["start"] as? Int, 16)
        XCTAssertEqual(selectors[1]["end"] as? Int, 40)
        XCTAssertEqual((items[1]["body"] as? [[String: String]])?.map { $0["purpose"] }, ["tagging"])
    }

    func testExportImportRoundTripIsUnchanged() throws {
        let json = WebAnnotationCodec.encode(sample())
        let back = try WebAnnotationCodec.decode(Data(json.utf8))
        XCTAssertEqual(back, sample())
        XCTAssertEqual(WebAnnotationCodec.encode(back), json)
    }

    func testRoundTripThroughTwoStoresIsUnchanged() throws {
        let a = try StoreFixture(), b = try StoreFixture()
        let source = try a.open()
        try source.add(AnnotationDraft(verdict: .false, note: "Wrong figure.", tags: ["numbers"]), anchor: a.anchor("40 million pounds"), document: a.document)
        try source.add(AnnotationDraft(verdict: .needsContext, note: "", tags: []), anchor: a.anchor("Tourism fell by 12 percent"), document: a.document)
        let exported = WebAnnotationCodec.encode(try source.allAnnotations())
        let target = try b.open()
        let summary = try target.importAnnotations(try WebAnnotationCodec.decode(Data(exported.utf8)))
        XCTAssertEqual(summary, AnnotationStore.ImportSummary(added: 2, updated: 0, unchanged: 0))
        XCTAssertEqual(WebAnnotationCodec.encode(try target.allAnnotations()), exported)
        XCTAssertEqual(try target.importAnnotations(try WebAnnotationCodec.decode(Data(exported.utf8))),
                       AnnotationStore.ImportSummary(added: 0, updated: 0, unchanged: 2))
    }

    func testImportAcceptsOtherToolsShapes() throws {
        let json = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
              {"@context": ["http://www.w3.org/ns/anno.jsonld"], "id": "urn:uuid:11111111-2222-4333-8444-555555555555",
               "type": "Annotation", "created": "2026-01-01T01:00:00+01:00",
               "body": {"type": "TextualBody", "purpose": "assessing", "value": "Needs_Context"},
               "target": {"source": "sha256:abc", "selector": {"type": "TextQuoteSelector", "exact": "fully funded"}}}
            ]}
            """
        let a = try XCTUnwrap(try WebAnnotationCodec.decode(Data(json.utf8)).first)
        XCTAssertEqual(a.verdict, .needsContext)
        XCTAssertEqual(a.created, Date(timeIntervalSince1970: 1_767_225_600))
        XCTAssertEqual(a.modified, a.created)
        XCTAssertEqual(a.anchor, TextAnchor(exact: "fully funded", prefix: "", suffix: "", start: 0, end: 12))
        XCTAssertEqual(a.documentID, "sha256:abc")
    }

    func testImportRejectsWhatIsNotAnAnnotation() {
        XCTAssertThrowsError(try WebAnnotationCodec.decode(Data("not json".utf8)))
        XCTAssertThrowsError(try WebAnnotationCodec.decode(Data(#"[{"id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation", "body": [], "target": {"source": "s", "selector": []}}]"#.utf8)))
        XCTAssertThrowsError(try WebAnnotationCodec.decode(Data(#"[{"id": "x", "type": "Annotation", "body": [], "target": {"source": "s", "selector": [{"type": "TextQuoteSelector", "exact": "a"}]}}]"#.utf8)))
    }
}
