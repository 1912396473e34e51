import BylineCore
import BylineStore
import Foundation
import GRDB
import XCTest

/// A feed update killed with SIGKILL at an arbitrary moment: the library must open, pass
/// SQLite's integrity and foreign-key checks, and keep every annotation, every star whose
/// change had returned, and the items they are on, although each update prunes the feed.
final class LibraryCrashTests: XCTestCase {
    static let helperEnvironment = "BYLINE_LIBRARY_CRASH_STORE"

    func testUpdateKilledMidwayLosesNoStarNorAnnotation() throws {
        let f = try LibraryFixture(keep: 30)
        let feed = try f.library.addFeed(url: "https://news.example/feed.xml", name: "crash")
        let first = try f.library.record(LibraryFixture.fetched((0..<10).map { LibraryFixture.entry($0, day: 1) }), feedID: feed.id).newItems
        var starred = Set([first[0], first[1]])
        for id in starred { try f.library.setStarred(id, true) }
        var annotated: [Int64] = []
        for id in first[2...3] {
            let text = LibraryFixture.text("Annotated story \(id). The minister said the budget grew.")
            try f.library.storeText(text, analysis: nil, itemID: id)
            try f.annotate(text)
            annotated.append(id)
        }
        let annotations = Set(try f.store.allAnnotations().map(\.id))
        XCTAssertEqual(annotations.count, 2)

        for (round, killAfter) in [3, 9].enumerated() {
            let reported = try runHelperAndKill(store: f.base.path, afterStars: killAfter)
            XCTAssertGreaterThanOrEqual(reported.count, killAfter, "round \(round)")
            starred.formUnion(reported)

            let queue = try DatabaseQueue(path: f.base.path)
            XCTAssertEqual(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }, "ok")
            XCTAssertEqual(try queue.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.count, 0)
            try queue.close()

            let reopened = try AnnotationStore(path: f.base.path)
            let library = LibraryStore(store: reopened, defaultKeep: 30)
            XCTAssertEqual(Set(try reopened.allAnnotations().map(\.id)), annotations, "round \(round): no annotation lost")
            for id in starred {
                XCTAssertEqual(try library.item(id: id)?.starred, true, "round \(round): starred item \(id) lost")
            }
            for id in annotated {
                XCTAssertNotNil(try library.item(id: id), "round \(round): annotated item \(id) dropped")
            }
            // Still usable: one more update records and prunes.
            try library.record(LibraryFixture.fetched([LibraryFixture.entry(90_000 + round, day: 400)]), feedID: feed.id)
            XCTAssertLessThanOrEqual(try library.count(ItemScope(.feed(feed.id))), 30 + starred.count + annotated.count)
        }
    }

    /// Runs in the child process only: updates the "crash" feed with 60 new items a round,
    /// each given a long text, stars one per round and prints its id once the star is
    /// committed, until it is killed.
    func testLibraryCrashHelperUpdatesUntilKilled() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.helperEnvironment] else {
            throw XCTSkip("helper of testUpdateKilledMidwayLosesNoStarNorAnnotation, runs only in its child process")
        }
        let library = LibraryStore(store: try AnnotationStore(path: path), defaultKeep: 30)
        let feed = try XCTUnwrap(try library.feed(named: "crash"))
        let bulk = String(repeating: "A long paragraph that makes every text span several pages of the database. ", count: 60)
        var round = Int(Date().timeIntervalSince1970 * 1000) % 1_000_000 * 100
        while true {
            let entries = (0..<60).map { LibraryFixture.entry(round * 100 + $0, day: 10 + round % 300) }
            let new = try library.record(LibraryFixture.fetched(entries), feedID: feed.id).newItems
            for id in new {
                try library.storeText(LibraryFixture.text("\(id) \(bulk)"), analysis: nil, itemID: id)
            }
            if let star = new.first {
                try library.setStarred(star, true)
                FileHandle.standardOutput.write(Data("\(star)\n".utf8))
            }
            round += 1
        }
    }

    private func runHelperAndKill(store: String, afterStars: Int) throws -> [Int64] {
        let helper = try ChildTestProcess("BylineStoreTests.LibraryCrashTests/testLibraryCrashHelperUpdatesUntilKilled",
                                          variable: Self.helperEnvironment, store: store, keepingErrors: true)
        var buffer = ""
        helper.read(into: &buffer) { Self.parse($0).count >= afterStars }
        // The helper never pauses: the kill lands inside a later update or text.
        helper.killAndWait()
        buffer += helper.remainingOutput()
        XCTAssertEqual(helper.process.terminationReason, .uncaughtSignal,
                       "the helper must die by the signal; it said: \(helper.errorTail()) \(buffer.suffix(1_500))")
        return Self.parse(buffer)
    }

    private static func parse(_ text: String) -> [Int64] {
        ChildTestProcess.wholeLines(text).compactMap { Int64($0) }
    }
}
