/// Which items a list shows, and how they are filtered.
public struct ItemScope: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// Every item of every feed, and saved articles.
        case all
        case feed(Int64)
        /// Articles saved with `byline save`, in no feed.
        case saved
        case starred
    }

    public var source: Source
    public var unreadOnly: Bool
    /// Case-insensitive text the title must contain ("/" in the reader); nil or empty for none.
    public var titleFilter: String?

    public init(_ source: Source = .all, unreadOnly: Bool = false, titleFilter: String? = nil) {
        self.source = source
        self.unreadOnly = unreadOnly
        self.titleFilter = titleFilter
    }
}
