/// What a plain-text article says about itself: headline, authors, publisher, dateline.
/// Each field is nil (or empty) when the text does not say it; nothing is invented.
public struct ArticleMetadata: Codable, Hashable, Sendable {
    public var title: String?
    public var byline: [String]
    public var publisher: String?
    public var dateline: String?

    public init(title: String? = nil, byline: [String] = [], publisher: String? = nil, dateline: String? = nil) {
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.dateline = dateline
    }
}
