/// One line of the feed list: the feed and its item counts.
public struct FeedSummary: Sendable, Equatable {
    public var feed: LibraryFeed
    public var unread: Int
    public var total: Int
}
