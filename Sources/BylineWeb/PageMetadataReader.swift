import BylineCore
import Foundation

/// Reads what a page declares about its article — from JSON-LD first, then Open Graph,
/// Twitter, Dublin Core and plain `<meta>` tags, `<link rel>`, `<title>` and `<h1>` — into
/// the core's `ArticleMetadata`.
struct PageMetadataReader {
    let head: PageHead
    let jsonLD: JSONLDArticle?
    /// The first `<h1>` of the page, a fallback for the title.
    let firstHeading: String?

    func meta(_ keys: String...) -> String? {
        for k in keys {
            if let v = head.metas[k].map(TextContent.collapse), !v.isEmpty { return v }
        }
        return nil
    }

    /// Everything but the byline, which needs the article's own elements too.
    func read(pageURL: String?) -> ArticleMetadata {
        var m = ArticleMetadata(format: .html)
        m.publisher = jsonLD?.publisher ?? meta("og:site_name", "application-name", "publisher", "dc.publisher",
                                                "dcterms.publisher")
        let siteName = meta("og:site_name", "application-name")
        if let siteName, siteName != m.publisher { m.site = siteName }
        m.title = title(siteName: siteName ?? m.publisher)
        m.published = PageDate.iso8601(jsonLD?.published ?? meta(
            "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "date",
            "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date"))
        m.modified = PageDate.iso8601(jsonLD?.modified ?? meta(
            "article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", "last-modified"))
        let canonical = head.links["canonical"] ?? meta("og:url") ?? jsonLD?.url
        m.url = canonical.flatMap { PageAddress.resolve($0, base: pageURL) } ?? pageURL
        m.language = language()
        return m
    }

    /// The headline: structured data and social tags as the page gives them, else the
    /// `<title>` without the site's name appended, else the first `<h1>`.
    func title(siteName: String?) -> String? {
        if let t = structuredTitle() { return t }
        if let t = meta("dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "weibo:article:title",
                        "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title") {
            return t
        }
        if let t = head.title.map(TextContent.collapse), !t.isEmpty {
            return TitleCleaner.strip(t, siteName: siteName, heading: firstHeading)
        }
        return firstHeading
    }

    /// JSON-LD's headline, or its name when only the name matches the page's `<title>`.
    private func structuredTitle() -> String? {
        guard let jsonLD else { return nil }
        if let headline = jsonLD.headline, let name = jsonLD.name, headline != name, let pageTitle = head.title {
            let nameMatches = TextSimilarity.overlap(pageTitle, name) > 0.75
            let headlineMatches = TextSimilarity.overlap(pageTitle, headline) > 0.75
            return nameMatches && !headlineMatches ? name : headline
        }
        return jsonLD.headline ?? jsonLD.name
    }

    private func language() -> String? {
        let raw = head.language ?? jsonLD?.language ?? meta("content-language", "og:locale", "language", "dc.language")
        guard let raw else { return nil }
        let tag = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let first = tag.split(separator: ",").first.map(String.init) ?? tag
        guard !first.isEmpty, first.count <= 35, first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            return nil
        }
        return first
    }
}
