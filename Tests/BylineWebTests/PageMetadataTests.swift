import XCTest
@testable import BylineWeb

/// Title, authors, publisher, site, dates, address and language from what pages declare.
final class PageMetadataTests: XCTestCase {
    private func metadata(head: String, body: String = "", url: String? = nil) -> ArticleMetadata {
        let html = "<!doctype html><html lang=\"en-GB\"><head>\(head)</head><body>\(body)<p>\(PageFixture.paragraphs.joined(separator: "</p><p>"))</p></body></html>"
        return WebPage.extract(Array(html.utf8), url: url).metadata
    }

    func testJSONLDGivesHeadlineAuthorsPublisherAndDates() {
        let ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},
        {"@type":"NewsArticle","headline":"Council passes budget","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
        "publisher":{"@type":"Organization","name":"Daily Gazette Ltd"},"datePublished":"2024-03-05T09:30:00+01:00","dateModified":"2024-03-06"}]}</script>
        <meta property="og:site_name" content="The Gazette">
        """
        let m = metadata(head: ld + "<title>Council passes budget | The Gazette</title>")
        XCTAssertEqual(m.title, "Council passes budget")
        XCTAssertEqual(m.byline, ["Jane Roe", "John Doe"])
        XCTAssertEqual(m.publisher, "Daily Gazette Ltd")
        XCTAssertEqual(m.site, "The Gazette")
        XCTAssertEqual(m.published, "2024-03-05T09:30:00+01:00")
        XCTAssertEqual(m.modified, "2024-03-06")
        XCTAssertEqual(m.format, .html)
        XCTAssertEqual(m.language, "en-GB")
    }

    func testTitleWithoutTheSiteNameAppended() {
        let m = metadata(head: "<title>Council passes budget after long night | Daily Gazette</title><meta property=\"og:site_name\" content=\"Daily Gazette\">")
        XCTAssertEqual(m.title, "Council passes budget after long night")
        XCTAssertEqual(m.publisher, "Daily Gazette")
        XCTAssertNil(m.site)
        let prefixed = metadata(head: "<title>Daily Gazette - Council passes budget</title><meta name=\"application-name\" content=\"Daily Gazette\">")
        XCTAssertEqual(prefixed.title, "Council passes budget")
        XCTAssertEqual(metadata(head: "<title>A - B</title>").title, "A - B")
    }

    func testSocialTitleWinsOverTitleElementAndHeadingIsTheLastResort() {
        XCTAssertEqual(metadata(head: "<title>x | y</title><meta property=\"og:title\" content=\"The real headline\">").title, "The real headline")
        XCTAssertEqual(metadata(head: "", body: "<h1>Heading only</h1>").title, "Heading only")
    }

    func testAuthorsFromMetaTagsAndBylineElementsWithoutBy() {
        XCTAssertEqual(metadata(head: "<meta name=\"author\" content=\"Jane Roe, John Doe\">").byline, ["Jane Roe", "John Doe"])
        XCTAssertEqual(metadata(head: "<meta property=\"article:author\" content=\"https://facebook.com/jane\">",
                                body: "<div class=\"byline\">By Jane Roe | March 5, 2024</div>").byline, ["Jane Roe"])
        XCTAssertEqual(metadata(head: "", body: "<p>Written by <a rel=\"author\" href=\"/jane\">Jane Roe</a></p>").byline, ["Jane Roe"])
        XCTAssertEqual(metadata(head: "").byline, [])
        XCTAssertEqual(metadata(head: "<meta name=\"author\" content=\"Mac & i\">").byline, ["Mac & i"])
        XCTAssertEqual(metadata(head: "<meta name=\"author\" content=\"Ann Lee (with Bo Chan and Cy Dee)\">").byline,
                       ["Ann Lee (with Bo Chan and Cy Dee)"])
    }

    func testCanonicalAddressResolvedAgainstThePageAndDatesMadeISO() {
        let m = metadata(head: "<link rel=\"canonical\" href=\"/2024/budget\"><meta property=\"article:published_time\" content=\"Tue, 05 Mar 2024 09:30:00 +0000\">",
                         url: "https://news.example/amp/2024/budget?x=1")
        XCTAssertEqual(m.url, "https://news.example/2024/budget")
        XCTAssertEqual(m.published, "2024-03-05T09:30:00Z")
        XCTAssertEqual(metadata(head: "", url: "https://news.example/a").url, "https://news.example/a")
        XCTAssertNil(metadata(head: "<meta name=\"date\" content=\"last week\">").published)
    }

    func testPublisherBecomesTheRootOfTheSourceChain() {
        let html = PageFixture.article(head: "<meta property=\"og:site_name\" content=\"Daily Gazette\"><link rel=\"canonical\" href=\"https://gazette.example/budget\">")
        let loaded = try! WebPage.loadedArticle(Array(html.utf8), path: "page.html")
        let analysis = Analyzer().analyze(loaded)
        XCTAssertEqual(analysis.document.publisher, "Daily Gazette")
        XCTAssertEqual(analysis.document.format, .html)
        XCTAssertEqual(analysis.document.text, loaded.text)
        let root = analysis.sources.first { $0.kind == .publisher }
        XCTAssertEqual(root?.name, "Daily Gazette")
        XCTAssertNil(root?.via)
        XCTAssertEqual(analysis.document.byline, ["Jane Roe", "John Doe"])
        XCTAssertTrue(TextReport.render(analysis).contains("\n  url:       https://gazette.example/budget\n"))
    }

    func testPlainTextAnalysisIsUnchangedByThePageFields() {
        let text = "Budget passes\nBy Jane Roe\nThe council approved the budget, the mayor said.\nSource: gazette.example"
        let a = Analyzer().analyze(text, path: "a.txt")
        XCTAssertEqual(a.document.format, .text)
        XCTAssertNil(a.document.url)
        XCTAssertNil(a.document.text)
        XCTAssertEqual(a.document.title, "Budget passes")
        XCTAssertEqual(a.document.byline, ["Jane Roe"])
        XCTAssertEqual(a.document.publisher, "gazette.example")
        XCTAssertFalse(TextReport.render(a).contains("url:"))
    }
}
