import BylineCore

/// Web pages in, articles out: sniffs HTML, decodes its charset, parses it with libxml2,
/// finds the article's main text and reads the page's metadata.
///
/// ```swift
/// if WebPage.looksLikeHTML(bytes) {
///     let article = WebPage.extract(bytes, url: "https://example.com/a", contentType: "text/html; charset=utf-8")
///     analyzer.analyze(Document(article.text), path: path, format: .html, pageMetadata: article.metadata)
/// }
/// ```
public enum WebPage {
    /// Articles shorter than this make the extraction try again with fewer rules.
    static let minimumArticleLength = 500

    /// True when the bytes start, after a byte-order mark, white space and comments, as an
    /// HTML document does: `<!doctype html`, `<html`, `<head` or `<body`.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        let head = bytes.prefix(4096)
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        func at(_ s: String, _ k: Int) -> Bool {
            let u = Array(s.utf8)
            return k + u.count <= head.count && (0..<u.count).allSatisfy { lower(head[k + $0]) == u[$0] }
        }
        while i < head.count {
            let b = head[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { i += 1; continue }
            if at("<!--", i) {
                guard let end = (i + 4..<head.count).first(where: { at("-->", $0) }) else { return false }
                i = end + 3
                continue
            }
            if at("<?xml", i) {
                guard let end = head[i...].firstIndex(of: 0x3E) else { return false }
                i = end + 1
                continue
            }
            return ["<!doctype html", "<html", "<head", "<body"].contains { tag in
                at(tag, i) && (i + tag.utf8.count >= head.count || !isNameByte(lower(head[i + tag.utf8.count])))
            }
        }
        return false
    }

    private static func isNameByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D }

    /// The article in a page's bytes (not compressed: see `pageBytes`). `url` is where the
    /// page came from (links and the canonical address resolve against it); `contentType` is
    /// the HTTP `Content-Type`, whose charset wins over the page's own declaration.
    public static func extract(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) -> ExtractedArticle {
        let decoded = CharsetDecoder.decode(bytes, contentType: contentType)
        let tree = HTMLTree(utf8: decoded.utf8)
        return ArticleExtractor(tree: tree, url: url).extract(warnings: decoded.warnings)
    }

    /// A loaded article for a page's bytes, as the CLI and the reader use it: the extracted
    /// text with the page's metadata and links. Refuses binary data served as HTML.
    public static func loadedArticle(_ bytes: [UInt8], path: String, url: String? = nil,
                                     contentType: String? = nil) throws(LoadError) -> LoadedArticle {
        let page = try pageBytes(bytes, path: path)
        return article(page, path: path, url: url, contentType: contentType)
    }

    /// The article when the bytes are a web page once inflated: as `loadedArticle` when
    /// `isPage` (the name or the server said so), else only when they start as HTML; nil
    /// leaves them to the plain-text decoder.
    static func articleIfPage(_ bytes: [UInt8], path: String, isPage: Bool) throws(LoadError) -> LoadedArticle? {
        let page = try pageBytes(bytes, path: path)
        guard isPage || looksLikeHTML(page) else { return nil }
        return article(page, path: path, url: nil, contentType: nil)
    }

    private static func article(_ page: [UInt8], path: String, url: String?, contentType: String?) -> LoadedArticle {
        let article = extract(page, url: url, contentType: contentType)
        return LoadedArticle(path: path, text: article.text, warnings: article.warnings.map { "warning: \(path): \($0)" },
                             format: .html, metadata: article.metadata, links: article.links)
    }

    /// The bytes of a page as its markup: inflated when gzip-compressed (a saved `.html.gz`,
    /// or a body served compressed without saying so), the only place pages are inflated;
    /// refused when damaged or binary by the text loader's rule.
    public static func pageBytes(_ bytes: [UInt8], path: String) throws(LoadError) -> [UInt8] {
        var page = bytes
        if Gzip.isGzip(page) {
            guard let inflated = Gzip.inflate(page) else { throw .binary(path: path) }
            page = inflated
        }
        if looksBinary(page) { throw .binary(path: path) }
        return page
    }

    /// Whether a page saved without its HTTP header gives the same article text as it did
    /// with it: not always when the header's charset was what made the text right. The pages
    /// are extracted only when the two decodings differ.
    public static func readsAlikeOffline(_ bytes: [UInt8], url: String, contentType: String) -> Bool {
        guard let page = try? pageBytes(bytes, path: url) else { return true }
        if CharsetDecoder.decode(page, contentType: contentType).utf8 == CharsetDecoder.decode(page).utf8 { return true }
        return extract(page, url: url, contentType: contentType).text == extract(page).text
    }

    /// Binary by the text loader's rule, except that UTF-16 (with its byte-order mark) is
    /// full of NULs and still a page.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return TextDecoder.looksBinary(bytes[...])
    }
}
