import BylineCore
import BylineStore
import Foundation
import XCTest

final class ConcurrentWriteTests: XCTestCase {
    /// Two connections (as two reader windows would hold) write at once; nothing is lost.
    func testTwoConnectionsWritingAtOnceLoseNothing() throws {
        let f = try StoreFixture()
        let stores = [try f.open(), try f.open()]
        let perWriter = 150
        let anchor = f.anchor("sea wall")
        let document = f.document
        let errors = Counter()
        let ids = IDCollector()
        DispatchQueue.concurrentPerform(iterations: 2) { w in
            for i in 0..<perWriter {
                do {
                    let a = try stores[w].add(AnnotationDraft(verdict: .disputed, note: "writer \(w) note \(i)", tags: ["w\(w)"]),
                                              anchor: anchor, document: document)
                    ids.add(a.id)
                    if i % 10 == 0 { _ = try stores[w].update(a.id, with: AnnotationDraft(verdict: .false, note: "edited \(i)", tags: [])) }
                } catch {
                    _ = errors.next()
                }
            }
        }
        XCTAssertEqual(errors.next(), 1, "no write may fail")
        let stored = try f.open().allAnnotations()
        XCTAssertEqual(stored.count, 2 * perWriter)
        XCTAssertEqual(Set(stored.map(\.id)), ids.all)
        XCTAssertEqual(stored.filter { $0.tags == ["w0"] }.count, perWriter - perWriter / 10)
        XCTAssertEqual(stored.filter { $0.note.hasPrefix("edited") }.count, 2 * (perWriter / 10))
    }
}

final class IDCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var ids = Set<UUID>()
    func add(_ id: UUID) { lock.lock(); ids.insert(id); lock.unlock() }
    var all: Set<UUID> { lock.lock(); defer { lock.unlock() }; return ids }
}
