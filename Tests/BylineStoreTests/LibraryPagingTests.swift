import BylineStore
import Foundation
import GRDB
import XCTest

/// The queries the reader's library screens page with: keyset pages that neither skip nor
/// repeat an item, in both directions, per scope, and unread counts.
final class LibraryPagingTests: XCTestCase {
    private var f: LibraryFixture!
    private var feeds: [LibraryFeed] = []
    private let version = LibraryFixture.analyzerVersion

    override func setUpWithError() throws {
        f = try LibraryFixture(keep: 1_000)
        feeds = [try f.library.addFeed(url: "https://a.example/feed", name: "alpha"),
                 try f.library.addFeed(url: "https://b.example/feed", name: "beta")]
        // 120 items per feed; every 10th of alpha's undated, two share each date (ties by id).
        for (k, feed) in feeds.enumerated() {
            let entries = (0..<120).map { n in
                LibraryFixture.entry(n + k * 1_000, day: n % 10 == 0 && k == 0 ? nil : n / 2)
            }
            try f.library.record(LibraryFixture.fetched(entries), feedID: feed.id)
        }
    }

    func testPagesCoverEveryItemOnceInOrder() throws {
        var seen: [ItemSummary] = []
        var cursor: ItemCursor?
        while true {
            let page = try f.library.items(ItemScope(), olderThan: cursor, limit: 17, analyzerVersion: version)
            seen += page
            guard page.count == 17 else { break }
            cursor = page.last?.cursor
        }
        XCTAssertEqual(seen.count, 240)
        XCTAssertEqual(Set(seen.map(\.id)).count, 240)
        for (a, b) in zip(seen, seen.dropFirst()) {
            XCTAssertTrue(a.sortDate > b.sortDate || (a.sortDate == b.sortDate && a.id > b.id), "newest first, ties by id")
        }
    }

    func testScrollingUpReturnsThePreviousPage() throws {
        let first = try f.library.items(ItemScope(.feed(feeds[0].id)), olderThan: nil, limit: 20, analyzerVersion: version)
        let second = try f.library.items(ItemScope(.feed(feeds[0].id)), olderThan: first.last!.cursor, limit: 20, analyzerVersion: version)
        let back = try f.library.items(ItemScope(.feed(feeds[0].id)), newerThan: second.first!.cursor, limit: 20, analyzerVersion: version)
        XCTAssertEqual(back, first)
        XCTAssertTrue(second.allSatisfy { $0.feedID == feeds[0].id && $0.feedName == "alpha" })
    }

    func testUnreadCountsStarredScopeAndMarkAllRead() throws {
        let page = try f.library.items(ItemScope(.feed(feeds[1].id)), olderThan: nil, limit: 5, analyzerVersion: version)
        try f.library.setRead(page.map(\.id), true)
        try f.library.setStarred(page[0].id, true)
        XCTAssertEqual(try f.library.unreadCounts(), [feeds[0].id: 120, feeds[1].id: 115])
        XCTAssertEqual(try f.library.feedSummaries().map { [$0.unread, $0.total] }, [[120, 120], [115, 120]])
        XCTAssertEqual(try f.library.count(ItemScope(.feed(feeds[1].id), unreadOnly: true)), 115)
        XCTAssertEqual(try f.library.items(ItemScope(.starred), olderThan: nil, limit: 10, analyzerVersion: version).map(\.id), [page[0].id])
        let next = try f.library.nextUnread(ItemScope(.feed(feeds[1].id)), after: nil, analyzerVersion: version)
        XCTAssertEqual(next?.id, try f.library.items(ItemScope(.feed(feeds[1].id)), olderThan: page.last!.cursor, limit: 1,
                                                     analyzerVersion: version).first?.id)
        XCTAssertEqual(try f.library.markAllRead(ItemScope(.feed(feeds[1].id))), 115)
        XCTAssertEqual(try f.library.unreadCounts(), [feeds[0].id: 120])
    }

    func testTitleFilterTreatsWildcardsAsText() throws {
        XCTAssertEqual(try f.library.count(ItemScope(.feed(feeds[0].id), titleFilter: "story 11")), 11, "Story 11, 110…119")
        XCTAssertEqual(try f.library.count(ItemScope(titleFilter: "%")), 0)
        XCTAssertEqual(try f.library.count(ItemScope(titleFilter: "_")), 0)
    }

    func testPagesAreReadThroughIndexesNotBySorting() throws {
        let queue = try DatabaseQueue(path: f.base.path)
        defer { try? queue.close() }
        let plan = try queue.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT id FROM library_item AS i WHERE i.feedId = 1 AND (i.sortDate, i.id) < (5, 5)
                ORDER BY i.sortDate DESC, i.id DESC LIMIT 50
                """).map { $0["detail"] as String }.joined(separator: " | ")
        }
        let planAll = try queue.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT id FROM library_item AS i WHERE 1 AND (i.sortDate, i.id) < (5, 5)
                ORDER BY i.sortDate DESC, i.id DESC LIMIT 50
                """).map { $0["detail"] as String }.joined(separator: " | ")
        }
        XCTAssertFalse(plan.contains("TEMP B-TREE"), plan)
        XCTAssertTrue(plan.contains("library_item_feed_order"), plan)
        XCTAssertFalse(planAll.contains("TEMP B-TREE"), planAll)
        XCTAssertTrue(planAll.contains("library_item_order"), planAll)
    }
}
