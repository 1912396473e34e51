import BylineCore
import BylineStore
import Foundation
import XCTest

/// Byline's own export: the model's MUSTs on every shape, and byte-for-byte round trips.
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
                       anchor: TextAnchor(range: 0..<9, in: text), source: "/news/plan.txt"),
        ]
    }

    func testExportUsesTheWebAnnotationModel() throws {
        let writer = WebAnnotationWriter(generator: Interchange.generator, creator: ExportAgent(name: "Ana Lopes", id: "mailto:ana@example.org"))
        let items = try XCTUnwrap(try Interchange.object(writer.list(sample())).array)
        XCTAssertEqual(items.count, 2)
        for item in items { XCTAssertEqual(WebAnnotationMust.annotation(item), []) }
        let first = try XCTUnwrap(items[0].object)
        XCTAssertEqual(first["id"]?.string, "urn:uuid:11111111-2222-4333-8444-555555555555")
        XCTAssertEqual(first["motivation"]?.string, "assessing")
        XCTAssertEqual(first["generator"], .object(["type": .string("Software"), "name": .string("Byline 9.9.9")]))
        XCTAssertEqual(first["creator"]?["name"]?.string, "Ana Lopes")
        XCTAssertEqual(first["created"]?.string, "2026-01-01T00:00:00.123Z")
        let bodies = try XCTUnwrap(first["body"]?.array)
        XCTAssertEqual(bodies.map { $0["purpose"]?.string }, ["assessing", "commenting", "tagging", "tagging"])
        XCTAssertEqual(Set(bodies.map { $0["format"]?.string }), ["text/plain"])
        let target = try XCTUnwrap(first["target"]?.object)
        XCTAssertEqual(target["source"]?.string, DocumentSource.ni(documentID: sample()[0].documentID))
        XCTAssertTrue(target["source"]?.string?.hasPrefix("ni:///sha-256;") ?? false)
        XCTAssertNil(target["bylinePath"])
        let selectors = try XCTUnwrap(target["selector"]?.array)
        XCTAssertEqual(selectors[0]["prefix"]?.string, "Ministers said “")
        XCTAssertEqual(selectors[1], .object(["type": .string("TextPositionSelector"), "start": .int(16), "end": .int(40)]))
        let second = try XCTUnwrap(items[1].object)
        XCTAssertEqual(second["motivation"]?.string, "commenting")
        XCTAssertEqual(second["target"]?["bylinePath"]?.string, "/news/plan.txt")
        let quote = try XCTUnwrap(second["target"]?["selector"]?.array?.first?.object)
        XCTAssertNil(quote["prefix"], "no empty prefix where there is none")
    }

    func testAnArticleWithAURLIsNamedByIt() throws {
        let a = sample()[0]
        let record = DocumentRecord(id: a.documentID, path: "https://news.example/plan", title: "Plan", length: 80)
        let json = try Interchange.object(Interchange.writer.list([a]) { _ in record })
        XCTAssertEqual(json.array?.first?["target"]?["source"]?.string, "https://news.example/plan")
    }

    func testNiNamesRoundTripToTheDocumentID() {
        let id = DocumentID.of("some text")
        let ni = DocumentSource.ni(documentID: id)!
        XCTAssertEqual(DocumentSource.parse(ni), .document(id: id))
        XCTAssertEqual(ni.count, "ni:///sha-256;".count + 43)
    }

    func testCollectionContainerPassesTheCollectionAndPageMusts() throws {
        let text = Interchange.writer.collection(sample(), label: "Byline annotations")
        let json = try Interchange.object(text)
        XCTAssertEqual(WebAnnotationMust.collection(json), [])
        XCTAssertEqual(json["total"]?.int, 2)
        XCTAssertEqual(json["first"]?["items"]?.array?.count, 2)
        let back = try Interchange.read(text)
        XCTAssertEqual(back.items.map(\.annotation), sample())
    }

    func testExportImportRoundTripIsUnchanged() throws {
        let json = Interchange.writer.list(sample())
        let back = try Interchange.read(json)
        XCTAssertEqual(back.skipped, [])
        XCTAssertEqual(back.items.map(\.annotation), sample())
        XCTAssertEqual(Interchange.writer.list(back.items.map(\.annotation)), json)
    }

    func testRoundTripThroughTwoStoresIsUnchanged() throws {
        let a = try StoreFixture(), b = try StoreFixture()
        let source = try a.open()
        try source.add(AnnotationDraft(verdict: .false, note: "Wrong figure.", tags: ["numbers"]), anchor: a.anchor("40 million pounds"), document: a.document)
        try source.add(AnnotationDraft(verdict: .needsContext, note: "", tags: []), anchor: a.anchor("Tourism fell by 12 percent"), document: a.document)
        let record = a.document
        let exported = Interchange.writer.list(try source.allAnnotations()) { _ in record }
        let target = try b.open()
        let summary = try target.importAnnotations(try Interchange.read(exported))
        XCTAssertEqual(summary, AnnotationStore.ImportSummary(added: 2, updated: 0, unchanged: 0))
        XCTAssertEqual(Interchange.writer.list(try target.allAnnotations()), exported)
        XCTAssertEqual(try target.importAnnotations(try Interchange.read(exported)), AnnotationStore.ImportSummary(added: 0, updated: 0, unchanged: 2))
        XCTAssertNil(try target.allAnnotations().first?.original, "Byline's own export needs no original kept")
    }

    func testImportRejectsWhatIsNotJSON() {
        XCTAssertThrowsError(try Interchange.read("not json"))
        XCTAssertThrowsError(try Interchange.read("12"))
    }
}
