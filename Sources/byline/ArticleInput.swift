import BylineCore
import BylineFetch
import BylineWeb

/// What the user named on the command line, loaded: a file, standard input ("-"), or a web
/// address, which is fetched first. Web pages, fetched or saved, give their extracted article
/// with the page's metadata and links. The one way every command turns an argument into text.
struct ArticleInput: Sendable {
    var fetcher: PageFetcher
    /// The most bytes read from one file or standard input (`--max-bytes`).
    var maxBytes = ArticleLoader.defaultMaxBytes

    init(web: WebOptions, maxBytes: Int = ArticleLoader.defaultMaxBytes) {
        fetcher = web.fetcher
        self.maxBytes = maxBytes
    }

    /// Fetching with the default limits, for commands without the web options.
    init() {
        fetcher = PageFetcher(options: FetchOptions(userAgent: FetchOptions.userAgent(version: Byline.configuration.version)))
    }

    func load(_ argument: String) throws -> LoadedArticle {
        guard WebAddress.isWebAddress(argument) else { return try WebArticleLoader.loader(maxBytes: maxBytes).load(argument) }
        return try Self.article(from: try fetcher.fetch(argument))
    }

    /// A fetched page as an article, named by the address the user gave: HTML (by its type or
    /// its first bytes) is extracted, with links resolved against where the redirects ended;
    /// other text is read as plain text.
    static func article(from page: FetchedPage) throws -> LoadedArticle {
        guard isHTML(page) else {
            return try TextDecoder.decode(page.body, path: page.requestedURL)
        }
        return try WebPage.loadedArticle(page.body, path: page.requestedURL, url: page.finalURL, contentType: page.contentType)
    }

    /// A page is HTML when the server says so or its first bytes do.
    static func isHTML(_ page: FetchedPage) -> Bool {
        page.mediaType == "text/html" || page.mediaType == "application/xhtml+xml" || WebPage.looksLikeHTML(page.body)
    }
}
