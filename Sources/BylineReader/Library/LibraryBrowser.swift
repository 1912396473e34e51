import BylineStore

/// The library as the reader browses it: the feeds with their unread counts, then one
/// feed's items. Items are a window of a few pages read by keyset from SQLite as the list
/// scrolls (`LibraryRequest.loadItems`); the state never holds the whole library.
public struct LibraryBrowser: Sendable, Equatable {
    /// Feeds, or one feed's items.
    public enum Level: Sendable, Equatable { case feeds, items }

    /// One row of the feed list; `id` nil is the "Saved" entry (articles saved without a feed).
    public struct FeedRow: Sendable, Equatable {
        public var id: Int64?
        public var name: String
        public var unread: Int
        public var total: Int
        public var error: String?

        public init(id: Int64?, name: String, unread: Int, total: Int, error: String? = nil) {
            self.id = id
            self.name = name
            self.unread = unread
            self.total = total
            self.error = error
        }

        public var scope: ItemScope { ItemScope(id.map { .feed($0) } ?? .saved) }
    }

    /// Rows read per page, and the most rows kept in the window.
    public static let pageSize = 100
    public static let windowLimit = 3 * pageSize

    public var level: Level = .feeds
    public var feeds: [FeedRow] = []
    /// Selected feed row (an index into `listedFeeds`).
    public var feedCursor = 0
    public var feedScroll = 0
    /// `/` on the feed list: feeds whose name contains this.
    public var feedFilter = ""

    /// The feed whose items are listed, and the scope (with the `/` title filter) they come from.
    public var openFeed: FeedRow?
    public var scope = ItemScope()
    /// The loaded window of items, newest first; `windowStart` is the row of its first item.
    public var window: [ItemSummary] = []
    public var windowStart = 0
    /// Rows in the scope; nil until the first page arrives.
    public var itemCount: Int?
    /// The selected row and the row at the top of the screen, counted over the whole scope.
    public var itemCursor = 0
    public var itemScroll = 0
    /// Which reload the window belongs to; pages of an older one are dropped.
    public var generation = 0
    /// The direction of the page being read, so one is asked for at a time.
    public var loading: PageDirection?

    /// Library items opened as articles, by item id: opening one again shows the same article.
    public var opened: [Int64: Int] = [:]
    /// The item open in the article screen.
    public var openItem: Int64?
    /// A background update of feeds: done and total, and the feed just finished.
    public var update: UpdateProgress?

    public init() {}

    public var listedFeeds: [FeedRow] {
        guard !feedFilter.isEmpty else { return feeds }
        return feeds.filter { $0.name.localizedCaseInsensitiveContains(feedFilter) }
    }

    public var selectedFeed: FeedRow? { listedFeeds[safe: feedCursor] }

    /// The item under the cursor, when its page is loaded.
    public var selectedItem: ItemSummary? { window[safe: itemCursor - windowStart] }

    public var windowEnd: Int { windowStart + window.count }

    public func item(id: Int64) -> ItemSummary? { window.first { $0.id == id } }

    mutating func updateItem(id: Int64, _ change: (inout ItemSummary) -> Void) {
        if let n = window.firstIndex(where: { $0.id == id }) { change(&window[n]) }
    }

    /// Adds `delta` to the unread count of the feed an item belongs to.
    mutating func adjustUnread(feedID: Int64?, by delta: Int) {
        if let n = feeds.firstIndex(where: { $0.id == feedID }) { feeds[n].unread = max(0, feeds[n].unread + delta) }
    }
}

/// Which way a page is read from the window: older items below it, newer above.
public enum PageDirection: Sendable, Equatable { case top, older, newer, bottom }

/// How far a background update of feeds has got.
public struct UpdateProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var last: String?

    public init(done: Int, total: Int, last: String? = nil) {
        self.done = done
        self.total = total
        self.last = last
    }
}
