/// The decoded text of one article and what went wrong on the way without stopping it.
/// For a web page, `text` is the article extracted from it and `metadata` what the page declares.
public struct LoadedArticle: Sendable {
    /// The name the user gave (a path, "-" for standard input, or a URL).
    public let path: String
    public let text: String
    /// Problems that were repaired, such as invalid UTF-8; shown on stderr, never fatal.
    public let warnings: [String]
    public let format: DocumentFormat
    /// Title, authors, publisher, dates… read from a page's markup; nil for plain text.
    public let metadata: ArticleMetadata?
    /// Links inside the extracted article, offsets into `text`; empty for plain text.
    public let links: [PageLink]

    public init(path: String, text: String, warnings: [String] = [], format: DocumentFormat = .text,
                metadata: ArticleMetadata? = nil, links: [PageLink] = []) {
        self.path = path
        self.text = text
        self.warnings = warnings
        self.format = format
        self.metadata = metadata
        self.links = links
    }
}
