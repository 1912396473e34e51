import XCTest
@testable import BylineWeb

/// The article's text comes out, in order, one block a line; the page's furniture does not.
final class ExtractionTests: XCTestCase {
    private func extract(_ html: String, url: String? = "https://news.example/2024/budget") -> ExtractedArticle {
        WebPage.extract(Array(html.utf8), url: url)
    }

    private func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    func testKeepsArticleParagraphsInOrderAndDropsBoilerplate() {
        let text = extract(PageFixture.article()).text
        XCTAssertEqual(lines(text), PageFixture.paragraphs)
        for junk in ["Home", "cookies", "Share on Facebook", "Related", "newsletter", "outrage", "All rights reserved", "By Jane"] {
            XCTAssertFalse(text.contains(junk), "kept \(junk): \(text)")
        }
    }

    func testKeepsListsQuotesCaptionsAndSubheadings() {
        let inside = """
        <h2>What changes</h2>
        <ul><li>Schools get more money.</li><li>Buses run less often.</li></ul>
        <blockquote><p>Nobody is happy, which is how you know it is fair.</p></blockquote>
        <figure><img src="/council.jpg" alt="The council"><figcaption>The council chamber on Tuesday night.</figcaption></figure>
        """
        let text = extract(PageFixture.article(inside: inside)).text
        let expected = Array(PageFixture.paragraphs[0...1]) + [
            "What changes", "Schools get more money.", "Buses run less often.",
            "Nobody is happy, which is how you know it is fair.", "The council chamber on Tuesday night.",
        ] + Array(PageFixture.paragraphs[2...3])
        XCTAssertEqual(lines(text), expected)
    }

    func testInlineElementsJoinWithoutBreaksAndBrBreaksLines() {
        let inside = "<p>The <em>vote</em> was <a href=\"/tally\">close</a>:&nbsp;five to&#160;four, <b>with</b>\n   one abstention.<br>The chair did not vote.</p>"
        let text = extract(PageFixture.article(inside: inside)).text
        XCTAssertTrue(lines(text).contains("The vote was close: five to four, with one abstention."), text)
        XCTAssertTrue(lines(text).contains("The chair did not vote."), text)
    }

    func testScriptsStylesNoscriptTemplatesAndHiddenElementsAreDropped() {
        let inside = """
        <script>document.write("<p>fake paragraph from a script</p>"); var s = "</p><p>more";</script>
        <div><script>$(x).after('<div class="wrapper"></div>'); $(y).append(clone, "and text after the div");</script></div>
        <style>p { color: red } /* </p> */</style>
        <noscript><p>Please enable JavaScript to read this article properly.</p></noscript>
        <template><p>template text never shown</p></template>
        <p hidden>hidden paragraph text</p><div style="display: none">invisible division text</div>
        <span aria-hidden="true">decorative text</span>
        """
        let text = extract(PageFixture.article(inside: inside)).text
        XCTAssertEqual(lines(text), PageFixture.paragraphs, text)
    }

    func testLinksInsideTheArticleAreRecordedWithResolvedAddresses() {
        let inside = "<p>The full <a href=\"/docs/budget.pdf\">budget document</a> is online, and so is <a href=\"https://other.example/x\">the vote</a>.</p>"
        let article = extract(PageFixture.article(inside: inside))
        let scalars = Array(article.text.unicodeScalars)
        XCTAssertEqual(article.links.map(\.href), ["https://news.example/docs/budget.pdf", "https://other.example/x"])
        for link in article.links {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[link.start..<link.end])), link.text)
        }
        XCTAssertEqual(article.links.first?.text, "budget document")
        XCTAssertFalse(article.links.contains { $0.href.contains("facebook") })
    }

    func testBaseElementWinsOverThePageAddressForLinks() {
        let page = PageFixture.article(head: "<base href=\"https://cdn.example/base/\">",
                                       inside: "<p>See <a href=\"doc.html\">the document</a>, which explains all of it in detail.</p>")
        XCTAssertEqual(extract(page).links.first?.href, "https://cdn.example/base/doc.html")
    }

    func testPreformattedTextKeepsItsLinesWithoutBlankOnes() {
        let inside = "<pre><code>let a = 1\n\n    let b = 2\n</code></pre>"
        let text = extract(PageFixture.article(inside: inside)).text
        XCTAssertTrue(text.contains("let a = 1\n    let b = 2\n"), text)
    }

    func testStructuredBodyIsUsedOnlyWhenThePageHasLittleOfIt() {
        let body = PageFixture.paragraphs.joined(separator: "\n")
        let truncated = String(PageFixture.paragraphs[0].prefix(60)) + "…"
        let ld = { (b: String) in
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council passes budget\",\"articleBody\":\"\(b)\"}</script>"
        }
        // Truncated structured data: the page's own text wins.
        XCTAssertEqual(lines(extract(PageFixture.article(head: ld(truncated))).text), PageFixture.paragraphs)
        // A page whose body is rendered by script: the structured body is all there is.
        let empty = "<!doctype html><html><head>\(ld(body.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "“", with: "\\u201c").replacingOccurrences(of: "”", with: "\\u201d")))</head><body><div id=app></div></body></html>"
        XCTAssertEqual(lines(extract(empty).text), PageFixture.paragraphs)
    }

    func testPageWithoutArticleGivesShortTextOrNoneAndSaysSo() {
        let login = "<!doctype html><html><body><form><label>Email</label><input name=e><button>Sign in</button></form></body></html>"
        let article = extract(login)
        XCTAssertTrue(article.text.count < 100, article.text)
        if article.text.isEmpty { XCTAssertTrue(article.warnings.contains { $0.contains("no article") }) }
        XCTAssertEqual(extract("").text, "")
    }

    func testMalformedTruncatedAndFramedPagesDoNotCrash() {
        let truncated = String(PageFixture.article().prefix(1400))
        XCTAssertTrue(extract(truncated).text.contains(PageFixture.paragraphs[0].prefix(40)))
        let broken = "<html><body><div><p>Unclosed <b>bold <i>italic</div></p></td></tr><p>" + PageFixture.paragraphs[0] + "<<<>>></body>"
        XCTAssertTrue(extract(broken).text.contains("The city council approved"))
        let frames = "<html><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>"
        XCTAssertEqual(extract(frames).text, "")
        let deep = String(repeating: "<div>", count: 5000) + PageFixture.paragraphs[0] + String(repeating: "</div>", count: 5000)
        _ = extract(deep)
    }

    func testSniffsHTMLAfterBOMWhiteSpaceAndComments() {
        XCTAssertTrue(WebPage.looksLikeHTML(Array("<!DOCTYPE html><p>x".utf8)))
        XCTAssertTrue(WebPage.looksLikeHTML([0xEF, 0xBB, 0xBF] + Array("\n  <html lang=en>".utf8)))
        XCTAssertTrue(WebPage.looksLikeHTML(Array("<!-- saved --><HTML>".utf8)))
        XCTAssertFalse(WebPage.looksLikeHTML(Array("The <html> tag starts a page.".utf8)))
        XCTAssertFalse(WebPage.looksLikeHTML(Array("<htmlfoo>".utf8)))
        XCTAssertFalse(WebPage.looksLikeHTML([]))
    }
}
