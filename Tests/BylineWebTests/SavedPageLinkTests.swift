import BylineCore
import BylineWeb
import XCTest

/// Links of a page fetched and of the same page saved with `byline fetch`: relative links
/// resolve against the address the page came from, and offline, with no address given,
/// against its canonical link, so a saved page's links still open the right articles.
final class SavedPageLinkTests: XCTestCase {
    static let page = Array("""
        <!doctype html><html><head><title>Ferry line approved | Courier</title>
        <link rel="canonical" href="https://news.example/ferry"></head><body><article>
        <h1>Ferry line approved</h1>
        <p>The council approved the ferry line on Tuesday after three years of debate, ending a long
        argument between the harbour board and the fishermen's association about the channel.</p>
        <p>Read the <a href="/dredging">follow-up on dredging</a> and the
        <a href="notes.txt">council notes</a> for the figures the council relied on in its vote.</p>
        <p>"This line will carry four hundred commuters a day," said council chair Anders Holm, who
        called the vote a turning point for the town and its island neighbours across the water.</p>
        </article></body></html>
        """.utf8)

    func testLinksResolveAgainstTheFetchedAddress() {
        let article = WebPage.extract(Self.page, url: "http://127.0.0.1:8080/news/ferry", contentType: "text/html; charset=utf-8")
        XCTAssertEqual(article.links.map(\.href), ["http://127.0.0.1:8080/dredging", "http://127.0.0.1:8080/news/notes.txt"])
    }

    func testOfflineTheCanonicalLinkIsTheBaseAndTheTextIsTheSame() {
        let fetched = WebPage.extract(Self.page, url: "https://news.example/ferry", contentType: "text/html; charset=utf-8")
        let saved = WebPage.extract(Self.page)
        XCTAssertEqual(saved.links.map(\.href), ["https://news.example/dredging", "https://news.example/notes.txt"])
        XCTAssertEqual(saved.text, fetched.text, "the same bytes must give the same text, so annotations match")
        let scalars = Array(saved.text.unicodeScalars)
        for link in saved.links {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[link.start..<link.end])), link.text)
        }
    }
}
