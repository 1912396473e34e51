import BylineCore
import BylineStore
import Foundation
import XCTest
@testable import BylineReader

/// Issue 10.3: the library in the reader. Feeds, then a feed's items read a page at a time
/// (paging is an effect, the model stays pure), opening marks read, keys mark, star and update.
final class LibraryReaderTests: XCTestCase {
    static func item(_ n: Int, feed: Int64 = 1, read: Bool = false, starred: Bool = false) -> ItemSummary {
        ItemSummary(id: Int64(n), feedID: feed, feedName: "courier", title: "Story \(n)",
                    sortDate: Date(timeIntervalSince1970: 1_790_000_000 - Double(n) * 60), link: "https://courier.example/\(n).html",
                    read: read, starred: starred, quotes: n == 0 ? 3 : nil, claims: n == 0 ? 2 : nil, annotations: n == 0 ? 1 : 0)
    }

    static func page(_ range: Range<Int>) -> [ItemSummary] { range.map { item($0, read: $0 % 3 == 0) } }

    static let feeds = [LibraryBrowser.FeedRow(id: 1, name: "courier", unread: 600, total: 1_000),
                        LibraryBrowser.FeedRow(id: 2, name: "gazette", unread: 0, total: 4),
                        LibraryBrowser.FeedRow(id: nil, name: "Saved", unread: 1, total: 2)]

    /// The reader on the library, feeds loaded.
    func feedsScreen() -> ReaderState {
        reduce(ReaderState(library: LibraryBrowser(), width: 100, height: 30), .library(.feedsLoaded(Self.feeds))).state
    }

    /// The first feed opened and its first page read: 1,000 items.
    func itemsScreen() throws -> ReaderState {
        let (state, effects) = reduce(feedsScreen(), .activate)
        let page = try XCTUnwrap(Self.itemRequest(effects))
        return reduce(state, .library(.itemsLoaded(page, Self.page(0..<page.limit), count: 1_000))).state
    }

    static func itemRequest(_ effects: [Effect]) -> ItemPage? {
        for case .library(.loadItems(let page)) in effects { return page }
        return nil
    }

    func text(_ state: ReaderState) -> String {
        ReaderView.render(state, width: state.width, height: state.height).lines.joined(separator: "\n")
    }

    func testTheFeedListShowsUnreadCountsAndSaved() {
        let state = feedsScreen()
        XCTAssertEqual(state.screen, .library)
        let screen = text(state)
        XCTAssertTrue(screen.contains("Library: 3 feeds"), screen)
        XCTAssertTrue(screen.contains("courier"), screen)
        XCTAssertTrue(screen.contains("600"), screen)
        XCTAssertTrue(screen.contains("Saved"), screen)
        XCTAssertTrue(screen.contains("601 unread items"), "the status bar sums the unread:\n\(screen)")
    }

    func testEnterOnAFeedAsksForItsFirstPageAndTheListShowsIt() throws {
        let (opened, effects) = reduce(feedsScreen(), .activate)
        XCTAssertEqual(effects, [.library(.loadItems(ItemPage(scope: ItemScope(.feed(1)), direction: .top, cursor: nil,
                                                              limit: LibraryBrowser.pageSize, generation: 1)))])
        XCTAssertEqual(opened.library?.level, .items)
        let state = try itemsScreen()
        let screen = text(state)
        XCTAssertTrue(screen.contains("courier: 1000 items"), screen)
        XCTAssertTrue(screen.contains("Story 0"), screen)
        XCTAssertTrue(screen.contains("✎1"), "the annotation badge:\n\(screen)")
        XCTAssertTrue(screen.contains("2026-"), "the date:\n\(screen)")
        XCTAssertTrue(screen.contains("1/1000"), screen)
    }

    func testScrollingAsksForTheNextPageOnceAndTheWindowStaysBounded() throws {
        var state = try itemsScreen()
        var requests: [ItemPage] = []
        for _ in 0..<60 {
            let (next, effects) = reduce(state, .moveDown)
            state = next
            if let page = Self.itemRequest(effects) { requests.append(page) }
        }
        XCTAssertEqual(requests.count, 1, "one page at a time")
        XCTAssertEqual(requests.first?.direction, .older)
        XCTAssertEqual(requests.first?.cursor, Self.item(99).cursor, "keyset: after the window's last item")
        // Pages keep arriving as the cursor goes down; the window never holds more than its limit.
        var next = 100
        for _ in 0..<8 {
            let page = try XCTUnwrap(requests.last)
            var effects: [Effect]
            (state, effects) = reduce(state, .library(.itemsLoaded(page, Self.page(next..<next + page.limit), count: nil)))
            next += page.limit
            XCTAssertLessThanOrEqual(state.library!.window.count, LibraryBrowser.windowLimit)
            var found = Self.itemRequest(effects)
            for _ in 0..<20 where found == nil {
                (state, effects) = reduce(state, .pageDown)
                found = Self.itemRequest(effects)
            }
            requests.append(try XCTUnwrap(found, "a page is asked for before the cursor reaches row \(next)"))
        }
        let lib = try XCTUnwrap(state.library)
        XCTAssertGreaterThan(lib.windowStart, 0, "the top pages were dropped")
        XCTAssertEqual(lib.selectedItem?.id, Int64(lib.itemCursor), "row n is item n")
        // The page in flight arrives; going back up then asks for the newer page above the window.
        let last = try XCTUnwrap(requests.last)
        state = reduce(state, .library(.itemsLoaded(last, Self.page(next..<next + last.limit), count: nil))).state
        var up: ItemPage?
        for _ in 0..<20 where up == nil {
            let effects: [Effect]
            (state, effects) = reduce(state, .pageUp)
            up = Self.itemRequest(effects)
        }
        let newer = try XCTUnwrap(up, "scrolling up asks for the page above the window")
        XCTAssertEqual(newer.direction, .newer)
        XCTAssertEqual(newer.cursor, state.library!.window.first?.cursor)
        let before = state.library!.windowStart
        state = reduce(state, .library(.itemsLoaded(newer, Self.page(before - newer.limit..<before), count: nil))).state
        XCTAssertEqual(state.library!.windowStart, before - newer.limit)
        XCTAssertLessThanOrEqual(state.library!.window.count, LibraryBrowser.windowLimit)
        XCTAssertEqual(state.library!.window.first?.id, Int64(state.library!.windowStart))
    }

    func testAPageOfAnEarlierListIsDropped() throws {
        let state = try itemsScreen()
        let stale = ItemPage(scope: ItemScope(.feed(1)), direction: .older, cursor: nil, limit: 100, generation: 0)
        let after = reduce(state, .library(.itemsLoaded(stale, Self.page(500..<600), count: nil))).state
        XCTAssertEqual(after.library?.window.count, 100)
    }

    func testBottomReadsTheOldestPage() throws {
        let (state, effects) = reduce(try itemsScreen(), .bottom)
        let page = try XCTUnwrap(Self.itemRequest(effects))
        XCTAssertEqual(page.direction, .bottom)
        let end = reduce(state, .library(.itemsLoaded(page, Self.page(900..<1_000), count: 1_000))).state
        XCTAssertEqual(end.library?.itemCursor, 999)
        XCTAssertEqual(end.library?.selectedItem?.id, 999)
        XCTAssertTrue(text(end).contains("Story 999"))
    }

    func testOpeningAnItemMarksItReadAndQGoesBackOneLevelAtATime() throws {
        var state = try itemsScreen()
        state = reduce(state, .moveDown).state
        var effects: [Effect]
        (state, effects) = reduce(state, .activate)
        XCTAssertEqual(effects, [.library(.open(itemID: 1))])
        XCTAssertEqual(state.library?.item(id: 1)?.read, true, "marked read at once")
        XCTAssertEqual(state.library?.feeds.first?.unread, 599)
        let loaded = LoadedArticle(path: "https://courier.example/1.html", text: Fixtures.sampleText)
        (state, effects) = reduce(state, .library(.itemOpened(itemID: 1, loaded, nil, nil)))
        XCTAssertEqual(state.screen, .article)
        XCTAssertEqual(effects, [])
        state = reduce(state, .library(.itemAnalysed(itemID: 1, Fixtures.sampleAnalysis(), Document(text: ScalarText(Fixtures.sampleText))))).state
        XCTAssertNotNil(state.article?.analysis)
        XCTAssertEqual(state.library?.item(id: 1)?.quotes, Fixtures.sampleAnalysis().quotes.count)

        (state, effects) = reduce(state, .close)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.screen, .library)
        XCTAssertEqual(state.library?.level, .items)
        // Opening it again shows the same article, with no second read of the store.
        let again = reduce(state, .activate)
        XCTAssertEqual(again.state.screen, .article)
        XCTAssertEqual(again.effects, [])
        (state, effects) = reduce(state, .close)
        XCTAssertEqual(state.library?.level, .feeds)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(reduce(state, .close).effects, [.quit], "q quits at the top")
        XCTAssertEqual(reduce(try itemsScreen(), .quit).effects, [.quit], "Q quits from anywhere")
    }

    func testStarAndReadToggleAreWrittenThroughEffects() throws {
        var state = reduce(try itemsScreen(), .moveDown).state
        var effects: [Effect]
        (state, effects) = reduce(state, .toggleStar)
        XCTAssertEqual(effects, [.library(.setStarred(1, true))])
        XCTAssertEqual(state.library?.selectedItem?.starred, true)
        XCTAssertTrue(text(state).contains(" N* "), "unread and starred:\n\(text(state))")
        (state, effects) = reduce(state, .toggleRead)
        XCTAssertEqual(effects, [.library(.setRead([1], true))])
        XCTAssertEqual(state.library?.feeds.first?.unread, 599)
        (state, effects) = reduce(state, .toggleRead)
        XCTAssertEqual(effects, [.library(.setRead([1], false))])
        XCTAssertEqual(state.library?.feeds.first?.unread, 600)
        (state, effects) = reduce(state, .markAllRead)
        XCTAssertEqual(effects, [.library(.markAllRead(ItemScope(.feed(1))))])
        XCTAssertTrue(state.library!.window.allSatisfy(\.read))
        XCTAssertEqual(state.library?.feeds.first?.unread, 0)
        let files = Fixtures.sampleState()
        XCTAssertEqual(reduce(files, .toggleStar).effects, [], "no library, nothing to star")
    }

    func testNextUnreadInTheWindowThenFromTheStore() throws {
        var state = try itemsScreen()
        state = reduce(state, .toggleRead).state
        var effects: [Effect]
        (state, effects) = reduce(state, .nextUnread)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.library?.itemCursor, 1, "item 1 is the next unread (0 was marked, multiples of 3 are read)")
        state.library!.window = state.library!.window.map { var i = $0; i.read = true; return i }
        (state, effects) = reduce(state, .nextUnread)
        XCTAssertEqual(effects, [.library(.nextUnread(ItemScope(.feed(1)), after: Self.item(1).cursor))])
        (state, effects) = reduce(state, .library(.nextUnread(Self.item(700))))
        XCTAssertEqual(state.library?.selectedItem?.id, 700)
        XCTAssertEqual(Self.itemRequest(effects)?.direction, .older, "pages follow it")
        let none = reduce(state, .library(.nextUnread(nil))).state
        XCTAssertEqual(none.message, "No more unread items")
        // On the feed list, next unread opens the next feed with unread items.
        let feeds = reduce(feedsScreen(), .nextUnread)
        XCTAssertEqual(feeds.state.library?.openFeed?.name, "courier")
    }

    func testSlashFiltersFeedsAtOnceAndItemsThroughTheStore() throws {
        var state = feedsScreen()
        for action: Action in [.search, .searchInput("gaz")] { state = reduce(state, action).state }
        XCTAssertEqual(state.library?.listedFeeds.map(\.name), ["gazette"])
        state = reduce(state, .cancel).state
        XCTAssertEqual(state.library?.listedFeeds.count, 3)

        state = try itemsScreen()
        var effects: [Effect]
        state = reduce(state, .search).state
        (state, effects) = reduce(state, .searchInput("plan"))
        XCTAssertEqual(Self.itemRequest(effects)?.scope, ItemScope(.feed(1), titleFilter: "plan"))
        XCTAssertEqual(Self.itemRequest(effects)?.direction, .top)
        state = reduce(state, .searchConfirm).state
        (state, effects) = reduce(state, .cancel)
        XCTAssertEqual(Self.itemRequest(effects)?.scope, ItemScope(.feed(1)))
    }

    func testUpdatesRunInTheBackgroundWithProgressInTheStatusBar() throws {
        var state = feedsScreen()
        var effects: [Effect]
        (state, effects) = reduce(state, .updateFeed)
        XCTAssertEqual(effects, [.library(.update(feedIDs: [1]))])
        XCTAssertEqual(reduce(state, .updateAllFeeds).effects, [], "one update at a time")
        state = reduce(state, .library(.updateFinished(summary: "Updated 1 feed: 2 new items"))).state
        (state, effects) = reduce(state, .updateAllFeeds)
        XCTAssertEqual(effects, [.library(.update(feedIDs: nil))])
        state = reduce(state, .library(.updateProgress(UpdateProgress(done: 1, total: 2, last: "courier")))).state
        XCTAssertTrue(text(state).contains("updating feeds 1/2"), text(state))
        state = reduce(state, .moveDown).state
        XCTAssertEqual(state.library?.feedCursor, 1, "the screen stays live")
        (state, effects) = reduce(state, .library(.updateFinished(summary: "Updated 2 feeds: 5 new items")))
        XCTAssertEqual(effects, [.library(.loadFeeds)])
        XCTAssertTrue(text(state).contains("Updated 2 feeds: 5 new items"))
        let saved = reduce(reduce(state, .bottom).state, .updateFeed)
        XCTAssertEqual(saved.effects, [], "Saved has no feed")
    }

    func testTheAppRunsLibraryEffectsThroughTheBackend() {
        let backend = ScriptedLibrary()
        var app = ReaderApp(library: backend, width: 100, height: 30)
        XCTAssertEqual(backend.requests, [.loadFeeds])
        XCTAssertTrue(app.isBusy)
        XCTAssertTrue(app.poll())
        XCTAssertEqual(app.state.library?.feeds.count, 3)
        XCTAssertEqual(app.handle(.enter), .proceed)
        guard case .loadItems(let page)? = backend.requests.last else { return XCTFail("Enter asks for the feed's items") }
        XCTAssertEqual(page.direction, .top)
        XCTAssertEqual(app.handle(.char("*")), .proceed)
        XCTAssertEqual(app.handle(.char("Q")), .quit)
        XCTAssertEqual(backend.waits, 1, "marks are written before the reader exits")
    }

    func testTheNewKeysAreBoundAndListedInHelp() {
        let keymap = Keymap.default
        for (key, name) in [("r", "update-feed"), ("R", "update-all-feeds"), ("x", "next-unread"), ("m", "toggle-read"),
                            ("*", "toggle-star"), ("A", "mark-all-read"), ("n", "search-next"), ("N", "search-previous")] {
            XCTAssertEqual(keymap.bindings[KeyName.parse(key)!], name, key)
        }
        var state = feedsScreen()
        state.keyHelp = keymap.help
        state.height = 80
        state = reduce(state, .help).state
        let screen = ReaderView.render(state, width: 100, height: 80).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Library"), screen)
        XCTAssertTrue(screen.contains("Update every feed"), screen)
    }
}

/// A backend that answers from memory, once drained.
final class ScriptedLibrary: LibraryBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [LibraryRequest] = []
    private var pending: [Action] = []
    private var waited = 0
    var requests: [LibraryRequest] { lock.lock(); defer { lock.unlock() }; return seen }
    var waits: Int { lock.lock(); defer { lock.unlock() }; return waited }

    func perform(_ request: LibraryRequest) {
        lock.lock()
        defer { lock.unlock() }
        seen.append(request)
        switch request {
        case .loadFeeds: pending.append(.library(.feedsLoaded(LibraryReaderTests.feeds)))
        case .loadItems(let page): pending.append(.library(.itemsLoaded(page, LibraryReaderTests.page(0..<page.limit), count: 1_000)))
        default: break
        }
    }

    func drainResults() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let out = pending
        pending = []
        return out
    }

    var isBusy: Bool { lock.lock(); defer { lock.unlock() }; return !pending.isEmpty }

    func waitForWrites() {
        lock.lock()
        waited += 1
        lock.unlock()
    }
}
