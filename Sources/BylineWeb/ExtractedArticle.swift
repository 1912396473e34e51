import BylineCore

/// The article found in a web page: its main text, one block a line, what the page declares
/// about it, and the links inside it. What every later stage analyses instead of the markup.
public struct ExtractedArticle: Sendable {
    /// The article's main text: headings, paragraphs, list items, quotes, captions, one a line.
    public var text: String
    /// Title, authors, publisher, site, dates, canonical URL, language; `format` is `.html`.
    public var metadata: ArticleMetadata
    /// Links inside the extracted text, offsets in Unicode scalars into `text`.
    public var links: [PageLink]
    /// What was repaired or guessed (a mislabelled charset, no article found), never fatal.
    public var warnings: [String]

    public init(text: String, metadata: ArticleMetadata, links: [PageLink] = [], warnings: [String] = []) {
        self.text = text
        self.metadata = metadata
        self.links = links
        self.warnings = warnings
    }
}
