/// An enclosure or `media:content` / `media:thumbnail`: kept so the reader can name the
/// audio, video or picture an item carries; never downloaded.
public struct FeedMedia: Sendable, Equatable {
    public var url: String
    public var type: String?
    public var title: String?

    public init(url: String, type: String? = nil, title: String? = nil) {
        self.url = url
        self.type = type
        self.title = title
    }
}
