/// What an article says about itself: headline, authors, publisher, dateline, and for web
/// pages what the page's markup declares (site, canonical URL, dates, language).
/// Each field is nil (or empty) when the source does not say it; nothing is invented.
public struct ArticleMetadata: Codable, Hashable, Sendable {
    public var title: String?
    public var byline: [String]
    public var publisher: String?
    public var dateline: String?
    /// What the input was; nil when the caller did not say.
    public var format: DocumentFormat?
    /// The canonical URL of a web page, or the URL it was fetched from.
    public var url: String?
    /// ISO 8601 dates (a date, or a date and time as the page gave it).
    public var published: String?
    public var modified: String?
    /// A BCP 47 tag such as "en" or "pt-BR".
    public var language: String?
    /// The site's name, when it differs from the publisher.
    public var site: String?

    public init(title: String? = nil, byline: [String] = [], publisher: String? = nil, dateline: String? = nil,
                format: DocumentFormat? = nil, url: String? = nil, published: String? = nil,
                modified: String? = nil, language: String? = nil, site: String? = nil) {
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.dateline = dateline
        self.format = format
        self.url = url
        self.published = published
        self.modified = modified
        self.language = language
        self.site = site
    }

    /// These fields, with the ones this value leaves unknown taken from `other`: a page's
    /// markup wins, what the extracted text says fills the gaps.
    public func filling(from other: ArticleMetadata) -> ArticleMetadata {
        var m = self
        if m.title == nil { m.title = other.title }
        if m.byline.isEmpty { m.byline = other.byline }
        if m.publisher == nil { m.publisher = other.publisher }
        if m.dateline == nil { m.dateline = other.dateline }
        if m.format == nil { m.format = other.format }
        if m.url == nil { m.url = other.url }
        if m.published == nil { m.published = other.published }
        if m.modified == nil { m.modified = other.modified }
        if m.language == nil { m.language = other.language }
        if m.site == nil { m.site = other.site }
        return m
    }
}

/// What an analysed input was: plain text, or a web page whose article was extracted.
public enum DocumentFormat: String, Codable, Hashable, Sendable {
    case text, html
}
