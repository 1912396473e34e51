import Foundation

/// One item of a feed as the formats agree on it. Titles and summaries are plain text (HTML
/// in them is rendered to text); `content` keeps the markup of a full-text body
/// (`content:encoded`, Atom `content`, `content_html`) for the article extractor.
public struct FeedEntry: Sendable, Equatable {
    /// The feed's own identifier (`guid`, Atom `id`, JSON `id`, RDF `about`); nil when absent.
    public var guid: String?
    /// The article's address, absolute.
    public var link: String?
    public var title: String
    public var authors: [String]
    public var published: Date?
    public var updated: Date?
    /// A short plain-text description.
    public var summary: String?
    /// Full-text HTML of the article, when the feed carries one.
    public var content: String?
    public var media: [FeedMedia]

    public init(guid: String? = nil, link: String? = nil, title: String = "", authors: [String] = [], published: Date? = nil,
                updated: Date? = nil, summary: String? = nil, content: String? = nil, media: [FeedMedia] = []) {
        self.guid = guid
        self.link = link
        self.title = title
        self.authors = authors
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.media = media
    }

    /// The key that tells two entries of one feed apart: the guid, else the link, else the title.
    var identity: String? {
        guid ?? link ?? (title.isEmpty ? nil : "title:" + title)
    }
}
