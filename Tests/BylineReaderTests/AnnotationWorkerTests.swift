import BylineCore
import BylineReader
import BylineStore
import Foundation
import XCTest

final class AnnotationWorkerTests: XCTestCase {
    func testRequestsCompleteInOrderAfterCommit() throws {
        let folder = NSTemporaryDirectory() + "byline-worker-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try AnnotationStore(path: folder + "/a.sqlite")
        let worker = AnnotationWorker(store: store)
        let text = ScalarText("The wall costs 40 million. Critics disagree.")
        let document = DocumentRecord(id: DocumentID.of(text.string), path: "/w.txt", title: nil, length: text.count)
        let anchor = TextAnchor(range: 0..<26, in: text)

        worker.submit(.add(AnnotationDraft(verdict: .disputed, note: "n", tags: []), anchor: anchor, document: document))
        worker.waitUntilIdle()
        var done = worker.drain()
        guard case .added(let saved)? = done.first else { return XCTFail("expected an added annotation, got \(done)") }
        XCTAssertEqual(try store.annotation(saved.id), saved, "committed by the time it is reported")
        XCTAssertFalse(worker.isBusy)
        XCTAssertEqual(worker.drain(), [])

        worker.submit(.update(saved.id, AnnotationDraft(verdict: .false, note: "m", tags: []), anchor: nil, documentID: nil))
        worker.submit(.locate(article: 3, text: text, documentID: document.id, path: "/w.txt"))
        worker.submit(.delete(saved.id))
        worker.submit(.undo)
        worker.submit(.delete(UUID()))
        worker.submit(.update(UUID(), AnnotationDraft(verdict: .false, note: "", tags: []), anchor: nil, documentID: nil))
        worker.waitUntilIdle()
        done = worker.drain()
        XCTAssertEqual(done.count, 6)
        guard case .updated(let edited) = done[0] else { return XCTFail("\(done[0])") }
        XCTAssertEqual(edited.verdict, .false)
        guard case .located(3, let located) = done[1] else { return XCTFail("\(done[1])") }
        XCTAssertEqual(located.attached.map(\.annotation), [edited])
        XCTAssertEqual(done[2], .deleted(edited))
        XCTAssertEqual(done[3], .undone(.restored(edited)))
        XCTAssertEqual(done[4], .deleted(nil))
        guard case .failed(let why) = done[5] else { return XCTFail("\(done[5])") }
        XCTAssertTrue(why.hasPrefix("no annotation "), why)
    }
}
