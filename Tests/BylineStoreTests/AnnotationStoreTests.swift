import BylineCore
@testable import BylineStore
import GRDB
import XCTest

final class AnnotationStoreTests: XCTestCase {
    func testSaveIsReadBackByAnotherConnection() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let saved = try store.add(AnnotationDraft(verdict: .disputed, note: "Line one\nLine two, “quoted”", tags: ["cost", " cost", "wall"]),
                                  anchor: f.anchor("costing 40 million pounds"), document: f.document)
        XCTAssertEqual(saved.tags, ["cost", "wall"])
        XCTAssertEqual(saved.created, Date(timeIntervalSince1970: 1_767_225_601))
        let other = try f.open()
        XCTAssertEqual(try other.annotation(saved.id), saved)
        XCTAssertEqual(try other.annotations(documentID: f.document.id), [saved])
        XCTAssertEqual(try other.documents(), [f.document])
        XCTAssertEqual(saved.anchor.exact, "costing 40 million pounds")
        XCTAssertEqual(f.text.text(saved.anchor.range), "costing 40 million pounds")
    }

    func testStoreFileIsInWALMode() throws {
        let f = try StoreFixture()
        _ = try f.open()
        let queue = try DatabaseQueue(path: f.path)
        XCTAssertEqual(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "wal")
    }

    func testEmptyDraftIsRefused() throws {
        let f = try StoreFixture()
        let store = try f.open()
        XCTAssertThrowsError(try store.add(AnnotationDraft(verdict: nil, note: "", tags: [" "]), anchor: f.anchor("sea wall"), document: f.document)) {
            XCTAssertEqual($0 as? StoreError, .emptyAnnotation)
        }
        XCTAssertEqual(try store.allAnnotations(), [])
    }

    func testEditKeepsCreatedAndMovesModified() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let saved = try store.add(AnnotationDraft(verdict: .disputed, note: "first", tags: []), anchor: f.anchor("sea wall"), document: f.document)
        let edited = try store.update(saved.id, with: AnnotationDraft(verdict: .false, note: "second", tags: ["x"]))
        XCTAssertEqual(edited.created, saved.created)
        XCTAssertEqual(edited.modified, Date(timeIntervalSince1970: 1_767_225_602))
        XCTAssertEqual(try store.annotation(saved.id)?.verdict, .false)
        XCTAssertEqual(try store.annotation(saved.id)?.note, "second")
        XCTAssertEqual(try store.annotation(saved.id)?.tags, ["x"])
        XCTAssertThrowsError(try store.update(UUID(), with: AnnotationDraft(verdict: .false, note: "", tags: [])))
    }

    /// An edit made in the reader on a changed file re-attaches the annotation to the new text:
    /// that text is recorded too, so the annotation keeps its title and path.
    func testAnEditThatReattachesToANewTextRecordsThatText() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let saved = try store.add(AnnotationDraft(verdict: .disputed, note: "a", tags: []), anchor: f.anchor("sea wall"), document: f.document)
        let changed = StoreFixture.article + "\nA line added later."
        let next = DocumentRecord(id: DocumentID.of(changed), path: f.document.path, title: "Harbour town votes (updated)",
                                  length: ScalarText(changed).count)
        let edited = try store.update(saved.id, with: AnnotationDraft(verdict: .false, note: "b", tags: []), anchor: saved.anchor, document: next)
        XCTAssertEqual(edited.documentID, next.id)
        XCTAssertEqual(try store.document(id: next.id), next)
        let third = changed + " And another."
        let located = try store.locate(in: ScalarText(third), documentID: DocumentID.of(third), path: next.path)
        XCTAssertEqual(located.attached.map(\.annotation.id), [saved.id], "found by its path after the file changed again")
    }

    func testDeleteReturnsTheAnnotationAndRemovesIt() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let saved = try store.add(AnnotationDraft(verdict: .supported, note: "", tags: []), anchor: f.anchor("sea wall"), document: f.document)
        XCTAssertEqual(try store.delete(saved.id), saved)
        XCTAssertNil(try store.annotation(saved.id))
        XCTAssertNil(try store.delete(saved.id))
    }

    func testUndoTakesBackDeleteEditAndAddInReverseOrder() throws {
        let f = try StoreFixture()
        let store = try f.open()
        let saved = try store.add(AnnotationDraft(verdict: .supported, note: "a", tags: []), anchor: f.anchor("sea wall"), document: f.document)
        let edited = try store.update(saved.id, with: AnnotationDraft(verdict: .misleading, note: "b", tags: []))
        try store.delete(saved.id)
        XCTAssertEqual(try store.undoDepth(), 3)
        XCTAssertEqual(try store.undo(), .restored(edited))
        XCTAssertEqual(try store.annotation(saved.id), edited)
        XCTAssertEqual(try store.undo(), .restored(saved))
        XCTAssertEqual(try store.annotation(saved.id), saved)
        XCTAssertEqual(try store.undo(), .removed(saved))
        XCTAssertNil(try store.annotation(saved.id))
        XCTAssertNil(try store.undo())
    }

    func testUndoSurvivesReopeningOnlyForAnySessionScope() throws {
        let f = try StoreFixture()
        let saved = try f.open().add(AnnotationDraft(verdict: .supported, note: "", tags: []), anchor: f.anchor("sea wall"), document: f.document)
        let reopened = try f.open()
        XCTAssertNil(try reopened.undo())
        XCTAssertEqual(try reopened.undo(scope: .anySession), .removed(saved))
        XCTAssertEqual(try reopened.allAnnotations(), [])
    }

    func testTwoReadersUndoOnlyTheirOwnChanges() throws {
        let f = try StoreFixture()
        let a = try f.open(), b = try f.open()
        let mine = try a.add(AnnotationDraft(verdict: .false, note: "a", tags: []), anchor: f.anchor("sea wall"), document: f.document)
        let theirs = try b.add(AnnotationDraft(verdict: .supported, note: "b", tags: []), anchor: f.anchor("Tourism"), document: f.document)
        XCTAssertEqual(try a.undo(), .removed(mine))
        XCTAssertEqual(try a.allAnnotations(), [theirs])
    }

    func testRegisteringADocumentAgainKeepsKnownPathAndTitle() throws {
        let f = try StoreFixture()
        let store = try f.open()
        try store.register(f.document)
        try store.register(DocumentRecord(id: f.document.id, path: nil, title: nil, length: f.document.length))
        XCTAssertEqual(try store.document(id: f.document.id), f.document)
        try store.register(DocumentRecord(id: f.document.id, path: "/moved.txt", title: nil, length: f.document.length))
        XCTAssertEqual(try store.document(id: f.document.id)?.path, "/moved.txt")
    }
}
