import BylineCore
import BylineStore
import BylineWeb
import Foundation

/// Turns what the library gets (a feed's full-text HTML, a fetched or saved page, a text
/// file) into the text it keeps, with its analysis for the cache. The analysis is the one
/// `byline analyze` gives, keyed by the text's document id and `analyzerVersion`.
struct LibraryArticle: Sendable {
    /// Feed content at least this long (in Unicode scalars, once extracted) is the article's
    /// full text; shorter content is a teaser and the page is fetched instead.
    static let fullTextMinimum = 800

    /// Changes whenever the analysis may: the contract's schema and this build's version.
    static let analyzerVersion = "\(Analysis.schemaName) byline/\(Byline.configuration.version)"

    let analyzer: Analyzer?

    /// `analyze: false` stores texts without analyses (they are analysed when opened).
    init(analyze: Bool) {
        analyzer = analyze ? Analyzer() : nil
    }

    /// The article in a feed's HTML content, extracted as a page would be.
    static func fromFeedContent(_ html: String, title: String, link: String?) -> LoadedArticle? {
        let page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(escape(title))</title></head><body><article>"
            + html + "</article></body></html>"
        guard let article = try? WebPage.loadedArticle(Array(page.utf8), path: link ?? "feed", url: link) else { return nil }
        return article.text.isEmpty ? nil : article
    }

    /// The kept text and its cached analysis.
    func text(of article: LoadedArticle, title: String?, source: ArticleText.Source) -> (ArticleText, CachedAnalysis?) {
        let id = DocumentID.of(article.text)
        let text = ArticleText(documentID: id, text: article.text, title: title ?? article.metadata?.title,
                               length: article.text.unicodeScalars.count, source: source)
        guard let analyzer else { return (text, nil) }
        let analysis = analyzer.analyze(article)
        let cached = CachedAnalysis(documentID: id, analyzerVersion: Self.analyzerVersion,
                                    json: AnalysisJSON.encode(analysis, pretty: false),
                                    quotes: analysis.quotes.count, claims: analysis.claims.count, analysis: analysis)
        return (text, cached)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
