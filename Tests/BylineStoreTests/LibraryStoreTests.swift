import BylineCore
import BylineStore
import Foundation
import GRDB
import XCTest

final class LibraryStoreTests: XCTestCase {
    func testFeedsAreUniqueByAddressAndName() throws {
        let f = try LibraryFixture()
        let feed = try f.library.addFeed(url: "https://news.example/feed.xml", name: "news", tags: ["world"], keepItems: 20)
        XCTAssertEqual(feed.tags, ["world"])
        XCTAssertEqual(feed.keepItems, 20)
        XCTAssertThrowsError(try f.library.addFeed(url: "https://news.example/feed.xml", name: "other")) {
            XCTAssertEqual($0 as? LibraryError, .duplicateFeed(url: "https://news.example/feed.xml", name: "news"))
        }
        XCTAssertThrowsError(try f.library.addFeed(url: "https://b.example/feed.xml", name: "news")) {
            XCTAssertEqual($0 as? LibraryError, .duplicateName("news"))
        }
        XCTAssertEqual(try f.library.feeds().map(\.name), ["news"])
    }

    func testUpdatesMergeByGuidThenCanonicalAddressAndKeepState() throws {
        let f = try LibraryFixture()
        let feed = try f.library.addFeed(url: "https://news.example/feed.xml", name: "news")
        let first = try f.library.record(LibraryFixture.fetched([
            LibraryFixture.entry(1, day: 1),
            ItemDraft(guid: nil, link: "https://News.example/2.html?utm_source=rss#top", title: "Two", published: nil),
        ], etag: "\"v1\""), feedID: feed.id)
        XCTAssertEqual(first.newItems.count, 2)
        try f.library.setRead(first.newItems, true)
        try f.library.setStarred(first.newItems[0], true)

        var renamed = LibraryFixture.entry(1, day: 1)
        renamed.title = "Story 1, updated"
        let second = try f.library.record(LibraryFixture.fetched([
            renamed,
            ItemDraft(guid: nil, link: "https://news.example/2.html", title: "Two"),
            LibraryFixture.entry(3, day: 3),
        ]), feedID: feed.id)
        XCTAssertEqual(second.newItems.count, 1, "the same guid, and the same address without its tracking, are known items")
        XCTAssertEqual(second.changed, 2)
        let one = try XCTUnwrap(try f.library.item(id: first.newItems[0]))
        XCTAssertEqual(one.title, "Story 1, updated")
        XCTAssertTrue(one.read)
        XCTAssertTrue(one.starred)
        XCTAssertEqual(try f.library.count(ItemScope(.feed(feed.id))), 3)
        XCTAssertEqual(try f.library.feed(id: feed.id)?.etag, nil, "validators are those of the latest fetch")
    }

    func testFailuresAreKeptAndClearedBySuccess() throws {
        let f = try LibraryFixture()
        let feed = try f.library.addFeed(url: "https://news.example/feed.xml", name: "news")
        let later = Date(timeIntervalSinceNow: 3600)
        try f.library.record(.failed("HTTP 503 Service Unavailable", retryNotBefore: later), feedID: feed.id)
        var stored = try XCTUnwrap(try f.library.feed(id: feed.id))
        XCTAssertEqual(stored.lastError, "HTTP 503 Service Unavailable")
        XCTAssertEqual(stored.retryNotBefore.map { Int($0.timeIntervalSince1970) }, Int(later.timeIntervalSince1970))
        XCTAssertNil(stored.lastSuccess)
        try f.library.record(.notModified, feedID: feed.id)
        stored = try XCTUnwrap(try f.library.feed(id: feed.id))
        XCTAssertNil(stored.lastError)
        XCTAssertNil(stored.retryNotBefore)
        XCTAssertNotNil(stored.lastSuccess)
    }

    func testTheLimitDropsOldItemsButNeverStarredOrAnnotatedOnes() throws {
        let f = try LibraryFixture(keep: 3)
        let feed = try f.library.addFeed(url: "https://news.example/feed.xml", name: "news")
        let old = try f.library.record(LibraryFixture.fetched((1...3).map { LibraryFixture.entry($0, day: $0) }), feedID: feed.id)
        try f.library.setStarred(old.newItems[0], true)  // story 1, the oldest
        let annotatedText = LibraryFixture.text("Story 2 text. The mayor said the wall would hold.")
        try f.library.storeText(annotatedText, analysis: nil, itemID: old.newItems[1])
        try f.annotate(annotatedText)
        let plainText = LibraryFixture.text("Story 3 text, never annotated.")
        try f.library.storeText(plainText, analysis: LibraryFixture.analysis(of: plainText, quotes: 1, claims: 2), itemID: old.newItems[2])

        let result = try f.library.record(LibraryFixture.fetched((4...7).map { LibraryFixture.entry($0, day: $0) }), feedID: feed.id)
        XCTAssertEqual(result.newItems.count, 3, "only the newest 3 of a feed's entries are taken")
        XCTAssertEqual(result.pruned, 1, "story 3 goes; starred story 1 and annotated story 2 stay")
        let titles = try f.library.items(ItemScope(.feed(feed.id)), olderThan: nil, limit: 10, analyzerVersion: LibraryFixture.analyzerVersion)
            .map(\.title)
        XCTAssertEqual(titles, ["Story 7", "Story 6", "Story 5", "Story 2", "Story 1"])
        XCTAssertNil(try f.library.text(documentID: plainText.documentID), "a dropped item's text goes with it")
        XCTAssertNil(try f.library.analysis(documentID: plainText.documentID, analyzerVersion: LibraryFixture.analyzerVersion))
        XCTAssertNotNil(try f.library.text(documentID: annotatedText.documentID))
    }

    func testRemovingAFeedKeepsStarredAndAnnotatedItemsAsSaved() throws {
        let f = try LibraryFixture()
        let feed = try f.library.addFeed(url: "https://news.example/feed.xml", name: "news")
        let ids = try f.library.record(LibraryFixture.fetched((1...4).map { LibraryFixture.entry($0, day: $0) }), feedID: feed.id).newItems
        try f.library.setStarred(ids[0], true)
        let text = LibraryFixture.text("Annotated story.")
        try f.library.storeText(text, analysis: nil, itemID: ids[1])
        try f.annotate(text)
        let (removed, kept) = try f.library.removeFeed(id: feed.id)
        XCTAssertEqual(removed, 2)
        XCTAssertEqual(kept, 2)
        XCTAssertEqual(try f.library.feeds(), [])
        XCTAssertEqual(try f.library.count(ItemScope(.saved)), 2)
        XCTAssertEqual(try f.store.allAnnotations().count, 1)
    }

    func testTheSameTextInOneFeedIsOneItem() throws {
        let f = try LibraryFixture()
        let feed = try f.library.addFeed(url: "https://news.example/feed.xml", name: "news")
        let ids = try f.library.record(LibraryFixture.fetched([LibraryFixture.entry(1, day: 2), LibraryFixture.entry(2, day: 1)]),
                                       feedID: feed.id).newItems
        let text = LibraryFixture.text("One wire story, published twice under two addresses.")
        XCTAssertEqual(try f.library.storeText(text, analysis: nil, itemID: ids[0]), .stored)
        XCTAssertEqual(try f.library.storeText(text, analysis: nil, itemID: ids[1]), .duplicate(of: ids[0]))
        XCTAssertNil(try f.library.item(id: ids[1]))
        XCTAssertEqual(try f.store.document(id: text.documentID)?.path, "https://news.example/1.html",
                       "the text is in the annotation library under the item's address")
    }

    func testSavingTheSameArticleTwiceKeepsOneItem() throws {
        let f = try LibraryFixture()
        let text = LibraryFixture.text("A saved article about the harbour.", source: .page)
        let draft = ItemDraft(link: "https://news.example/saved.html?utm_medium=email", title: "Saved")
        let (item, isNew) = try f.library.save(draft, text: text, analysis: LibraryFixture.analysis(of: text, quotes: 3, claims: 4))
        XCTAssertTrue(isNew)
        XCTAssertNil(item.feedID)
        let again = try f.library.save(ItemDraft(link: "https://news.example/saved.html", title: "Saved again"), text: text, analysis: nil)
        XCTAssertFalse(again.isNew)
        XCTAssertEqual(again.item.id, item.id)
        XCTAssertEqual(again.item.title, "Saved again")
        let fromFile = try f.library.save(ItemDraft(link: "file:///tmp/saved.txt", title: "Same text"), text: text, analysis: nil)
        XCTAssertFalse(fromFile.isNew, "the same text saved from elsewhere is the same item")
        let line = try XCTUnwrap(try f.library.items(ItemScope(.saved), olderThan: nil, limit: 5, analyzerVersion: LibraryFixture.analyzerVersion).first)
        XCTAssertEqual(line.quotes, 3)
        XCTAssertEqual(line.claims, 4)
        XCTAssertEqual(try f.library.text(documentID: text.documentID), text.text)
    }

    func testAForeignDatabaseWithLibraryTablesIsStillRefused() throws {
        let base = try StoreFixture()
        let queue = try DatabaseQueue(path: base.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE library_feed (x); CREATE TABLE other_app (y)") }
        try queue.close()
        XCTAssertThrowsError(try base.open()) { error in
            guard case .notAStore = error as? StoreError else { return XCTFail("\(error)") }
        }
    }
}
