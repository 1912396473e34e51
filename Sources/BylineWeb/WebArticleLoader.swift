import BylineCore

/// Loading for the CLI and the reader: an `ArticleLoader` that reads web pages — files named
/// `.html`, `.htm`, `.xhtml` (maybe `.gz`), or any input, standard input included, that
/// starts as HTML — as the article extracted from them, and everything else as plain text.
public enum WebArticleLoader {
    /// File name endings of web pages, including gzip-compressed saved pages.
    public static let pageExtensions = ["html", "htm", "xhtml", "shtml", "html.gz", "htm.gz"]

    public static func loader(maxBytes: Int = ArticleLoader().maxBytes) -> ArticleLoader {
        ArticleLoader(maxBytes: maxBytes, markupDecoder: decode)
    }

    /// Whether `path` names a web page by its ending.
    public static func isPagePath(_ path: String) -> Bool {
        let lower = path.lowercased()
        return pageExtensions.contains { lower.hasSuffix("." + $0) }
    }

    /// The article when `bytes` are a web page (by name or content); nil leaves them to the
    /// plain-text decoder.
    @Sendable
    public static func decode(_ bytes: [UInt8], path: String) throws(LoadError) -> LoadedArticle? {
        let byName = isPagePath(path)
        if Gzip.isGzip(bytes) {
            // Compressed data is looked into only when its name says it is compressed.
            guard byName || path.lowercased().hasSuffix(".gz") else { return nil }
            return try WebPage.articleIfPage(bytes, path: path, isPage: byName)
        }
        guard byName || WebPage.looksLikeHTML(bytes) else { return nil }
        return try WebPage.loadedArticle(bytes, path: path)
    }
}
