import BylineCore

/// The raw text of one opened article, held once and shared by every state value: scalars for
/// offsets, paragraph ranges for wrapping, and the per-width layout cache. Built synchronously
/// at open time (fast, linear), so the text can be shown before any analysis has run.
public final class ArticleText: Sendable {
    public let path: String
    public let text: ScalarText
    /// What the input was, and for a web page what its markup declares (title, authors…).
    public let format: DocumentFormat
    public let pageMetadata: ArticleMetadata?
    /// Links in a web page's article, offsets into `text`, in text order; none for plain text.
    public let links: [PageLink]
    public let paragraphs: [Range<Int>]
    let layouts = BodyLayoutCache()

    public init(path: String, text: String, format: DocumentFormat = .text, pageMetadata: ArticleMetadata? = nil,
                links: [PageLink] = []) {
        self.path = path
        self.format = format
        self.pageMetadata = pageMetadata
        self.links = links
        self.text = ScalarText(text)
        self.paragraphs = ParagraphSplitter.split(self.text.scalars)
    }

    /// The text of a loaded article with what its page declares and links to.
    public convenience init(_ loaded: LoadedArticle) {
        self.init(path: loaded.path, text: loaded.text, format: loaded.format, pageMetadata: loaded.metadata, links: loaded.links)
    }

    public var scalars: ScalarStorage { text.scalars }

    /// The body wrapped to `width` columns, from the cache when it was wrapped before.
    public func layout(width: Int) -> BodyLayout {
        let w = max(1, width)
        return layouts.layout(width: w) { BodyLayout(scalars: text.scalars, paragraphs: paragraphs, width: w) }
    }

    /// The file name without folders, for titles before the analysis finds a headline;
    /// standard input is called so, not "-".
    public var fileName: String {
        path == "-" ? Self.standardInputName : path.split(separator: "/").last.map(String.init) ?? path
    }

    /// What the reader and its summaries call the article read from standard input ("-").
    public static let standardInputName = "standard input"
}
