/// The syndication formats Byline reads; shown in `feeds list` so a user knows what a site serves.
public enum FeedFormat: String, Sendable, Equatable, Codable {
    case rss2 = "RSS 2.0"
    case rss1 = "RSS 1.0"
    case atom = "Atom 1.0"
    case jsonFeed = "JSON Feed"
}
