/// What a web page says about the article it carries, beyond its text: where it came from,
/// who wrote it, when, and the links in its body. Nil for plain-text articles.
public struct PageInfo: Equatable, Sendable {
    /// The page's address (its canonical URL, else where it was fetched from).
    public var url: String?
    public var title: String?
    public var authors: [String]
    /// The site or publisher's name ("The Coastal Courier").
    public var site: String?
    /// The publication date as the page gives it, ISO 8601 when it can be read.
    public var published: String?
    /// Links in the article body, in text order.
    public var links: [ArticleLink]

    public init(url: String? = nil, title: String? = nil, authors: [String] = [], site: String? = nil,
                published: String? = nil, links: [ArticleLink] = []) {
        self.url = url
        self.title = title
        self.authors = authors
        self.site = site
        self.published = published
        self.links = links
    }
}

/// A link in an article's body: where its text stands (scalar offsets) and where it points.
public struct ArticleLink: Equatable, Sendable {
    public var range: Range<Int>
    public var text: String
    /// The absolute address it points to.
    public var href: String

    public init(range: Range<Int>, text: String, href: String) {
        self.range = range
        self.text = text
        self.href = href
    }

    /// True for http and https addresses, the only ones the reader can open.
    public var isWebAddress: Bool {
        let scheme = href.prefix(8).lowercased()
        return scheme.hasPrefix("http://") || scheme.hasPrefix("https://")
    }
}
