import BylineCore
import BylineStore

/// Work the library reader asks of its backend (`Effect.library`): all of it runs off the
/// screen's thread and comes back as `LibraryEvent`s.
public enum LibraryRequest: Sendable, Equatable {
    /// The feeds with their unread counts, and the "Saved" entry.
    case loadFeeds
    /// A page of items of `scope`: from the top, older than the window's last item, newer
    /// than its first, or the oldest ones (bottom).
    case loadItems(ItemPage)
    /// The item's text (marked read), with its analysis from the cache or made and cached.
    case open(itemID: Int64)
    case setRead([Int64], Bool)
    case setStarred(Int64, Bool)
    case markAllRead(ItemScope)
    /// The first unread item of `scope` after `cursor` (nil: from the top).
    case nextUnread(ItemScope, after: ItemCursor?)
    /// Fetch these feeds (nil: all of them) in the background.
    case update(feedIDs: [Int64]?)
}

/// One page of items asked for: where from, for which reload of the list.
public struct ItemPage: Sendable, Equatable {
    public var scope: ItemScope
    public var direction: PageDirection
    /// The window's last (older) or first (newer) item.
    public var cursor: ItemCursor?
    public var limit: Int
    public var generation: Int

    public init(scope: ItemScope, direction: PageDirection, cursor: ItemCursor?, limit: Int, generation: Int) {
        self.scope = scope
        self.direction = direction
        self.cursor = cursor
        self.limit = limit
        self.generation = generation
    }
}

/// What the library backend reports back (`Action.library`).
public enum LibraryEvent: Sendable {
    case feedsLoaded([LibraryBrowser.FeedRow])
    /// A page asked for with `loadItems`; `count` is the scope's size, read with the top page.
    case itemsLoaded(ItemPage, [ItemSummary], count: Int?)
    /// An opened item's text, and its analysis when the cache had it for this analyser.
    case itemOpened(itemID: Int64, LoadedArticle, Analysis?, Document?)
    /// The analysis of an opened item that the cache lacked, now made and cached.
    case itemAnalysed(itemID: Int64, Analysis, Document)
    case nextUnread(ItemSummary?)
    case updateProgress(UpdateProgress)
    /// An update ended; `summary` is one line for the status bar.
    case updateFinished(summary: String)
    case failed(String)
}
