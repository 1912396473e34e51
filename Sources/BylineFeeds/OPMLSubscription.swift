/// One feed of an OPML subscription list: its address, the name shown, and the tags (from
/// the outline's `category` and the folders it sits in).
public struct OPMLSubscription: Sendable, Equatable {
    public var url: String
    public var name: String?
    public var siteLink: String?
    public var tags: [String]

    public init(url: String, name: String? = nil, siteLink: String? = nil, tags: [String] = []) {
        self.url = url
        self.name = name
        self.siteLink = siteLink
        self.tags = tags
    }
}
