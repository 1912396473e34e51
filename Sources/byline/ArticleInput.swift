import BylineCore
import BylineFetch
import BylineReader

/// What the user named on the command line, loaded: a file, standard input ("-"), or a web
/// address, which is fetched first. The one way every command turns an argument into text.
struct ArticleInput: Sendable {
    var fetcher: PageFetcher

    init(web: WebOptions) {
        fetcher = web.fetcher
    }

    /// Fetching with the default limits, for commands without the web options.
    init() {
        fetcher = PageFetcher(options: FetchOptions(userAgent: FetchOptions.userAgent(version: Byline.configuration.version)))
    }

    func load(_ argument: String) throws -> LoadedArticle {
        try open(argument).article
    }

    /// The article and, for a web page, what the page says about it (for the reader).
    func open(_ argument: String) throws -> OpenedArticle {
        guard WebAddress.isWebAddress(argument) else { return OpenedArticle(try ArticleLoader().load(argument)) }
        return try Self.article(from: try fetcher.fetch(argument))
    }

    /// A fetched page as an article, named by the address the user gave.
    static func article(from page: FetchedPage) throws -> OpenedArticle {
        let loaded = try TextDecoder.decode(page.body, path: page.requestedURL)
        return OpenedArticle(loaded, page: PageInfo(url: page.finalURL))
    }
}
