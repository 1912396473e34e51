/// What one fetch of a feed says: its own title and site, and its entries in document order
/// (duplicates of a guid already dropped, the first kept).
public struct ParsedFeed: Sendable, Equatable {
    public var format: FeedFormat
    public var title: String?
    /// The site the feed belongs to (absolute).
    public var siteLink: String?
    public var entries: [FeedEntry]

    public init(format: FeedFormat, title: String?, siteLink: String?, entries: [FeedEntry]) {
        self.format = format
        self.title = title
        self.siteLink = siteLink
        self.entries = entries
    }
}
