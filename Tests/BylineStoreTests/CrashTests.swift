import BylineCore
import BylineStore
import Foundation
import GRDB
import XCTest

/// A writer killed with SIGKILL at an arbitrary moment: the store must open afterwards, pass
/// SQLite's integrity check and hold every annotation whose save had returned.
final class CrashTests: XCTestCase {
    static let helperEnvironment = "BYLINE_CRASH_HELPER_STORE"

    func testStoreSurvivesWriterKilledMidWrite() throws {
        let f = try StoreFixture()
        _ = try f.open()
        var committed: [UUID] = []
        for (round, killAfter) in [7, 23, 41].enumerated() {
            let ids = try runHelperAndKill(store: f.path, afterCommits: killAfter, round: round)
            XCTAssertGreaterThanOrEqual(ids.count, killAfter)
            committed += ids
            let store = try f.open()
            let stored = Set(try store.allAnnotations().map(\.id))
            for id in committed { XCTAssertTrue(stored.contains(id), "committed annotation \(id) lost after kill in round \(round)") }
            let queue = try DatabaseQueue(path: f.path)
            XCTAssertEqual(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }, "ok")
            try queue.close()
        }
    }

    /// Two processes writing to one store at the same moment, both killed mid-write: every
    /// save either reported is there.
    func testTwoProcessesWritingAtOnceLoseNothing() throws {
        let f = try StoreFixture()
        _ = try f.open()
        let children = try (0..<2).map { _ in try startHelper(store: f.path) }
        var ids: [[UUID]] = [[], []]
        var buffers = ["", ""]
        while ids[0].count < 40 || ids[1].count < 40 {
            for n in 0..<2 where ids[n].count < 40 {
                let chunk = children[n].output.availableData
                if chunk.isEmpty { break }
                buffers[n] += String(decoding: chunk, as: UTF8.self)
                ids[n] = Self.parseIDs(buffers[n])
            }
            if children.contains(where: { !$0.process.isRunning }) { break }
        }
        for child in children { child.killAndWait() }
        for n in 0..<2 { ids[n] = Self.parseIDs(buffers[n] + children[n].remainingOutput()) }
        XCTAssertGreaterThanOrEqual(ids[0].count, 40)
        XCTAssertGreaterThanOrEqual(ids[1].count, 40)
        let stored = Set(try f.open().allAnnotations().map(\.id))
        for id in ids[0] + ids[1] { XCTAssertTrue(stored.contains(id), "lost \(id)") }
    }

    /// Runs in the child process only: saves large annotations as fast as it can and prints the
    /// id of each one after its save returned, until it is killed.
    func testCrashHelperWritesUntilKilled() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.helperEnvironment] else {
            throw XCTSkip("helper of testStoreSurvivesWriterKilledMidWrite, runs only in its child process")
        }
        let store = try AnnotationStore(path: path)
        let text = ScalarText(StoreFixture.article)
        let document = DocumentRecord(id: DocumentID.of(StoreFixture.article), path: "/articles/harbour.txt", title: nil, length: text.count)
        let bulk = String(repeating: "A long note that makes every transaction span many pages. ", count: 400)
        var i = 0
        while true {
            let a = try store.add(AnnotationDraft(verdict: .disputed, note: "\(i) \(bulk)", tags: ["crash"]),
                                  anchor: TextAnchor(range: 10..<30, in: text), document: document)
            FileHandle.standardOutput.write(Data((a.id.uuidString + "\n").utf8))
            i += 1
        }
    }

    /// A child running `testCrashHelperWritesUntilKilled` on `store`, its output piped back.
    private func startHelper(store: String) throws -> ChildTestProcess {
        try ChildTestProcess("BylineStoreTests.CrashTests/testCrashHelperWritesUntilKilled", variable: Self.helperEnvironment, store: store)
    }

    private func runHelperAndKill(store: String, afterCommits: Int, round: Int) throws -> [UUID] {
        let helper = try startHelper(store: store)
        var buffer = ""
        helper.read(into: &buffer) { Self.parseIDs($0).count >= afterCommits }
        // Kill in the middle of a later save: the writer never pauses between transactions.
        helper.killAndWait()
        buffer += helper.remainingOutput()
        XCTAssertEqual(helper.process.terminationReason, .uncaughtSignal, "round \(round): the helper must die by the signal")
        return Self.parseIDs(buffer)
    }

    private static func parseIDs(_ text: String) -> [UUID] {
        ChildTestProcess.wholeLines(text).compactMap { UUID(uuidString: String($0)) }
    }
}
