import BylineCore
import Foundation
import XCTest
@testable import BylineReader

/// `v`, the links list and opening a link: the reducer asks for a fetch as an effect, the app
/// hands it to its `PageOpener`, and what comes back opens as a new article or a message.
final class LinkTests: XCTestCase {
    static let pageText = "Harbour council approves ferry\n\nRead the follow-up on dredging and the council notes.\n"

    static func links(_ text: String) -> [PageLink] {
        [("follow-up on dredging", "http://127.0.0.1:9/second"), ("council notes", "http://127.0.0.1:9/notes.txt"),
         ("dredging", "mailto:desk@example.invalid")].map { words, href in
            let span = Fixtures.span(text, words)
            return PageLink(start: span.start, end: span.end, text: words, href: href)
        }
    }

    static let metadata = ArticleMetadata(title: "Harbour council approves ferry", byline: ["Maria Lindqvist", "Jonas Ek"],
                                          format: .html, url: "http://127.0.0.1:9/article", published: "2026-11-02T08:30:00Z",
                                          site: "The Coastal Courier")

    static func pageState(width: Int = 80, height: Int = 24) -> ReaderState {
        let text = ArticleText(path: "http://127.0.0.1:9/article", text: pageText, format: .html, pageMetadata: metadata,
                               links: links(pageText))
        var s = ReaderState(articles: [ArticleState(text: text)], width: width, height: height)
        s.keyHelp = Keymap.default.help
        return s
    }

    private var state = LinkTests.pageState()

    /// The effects the last `send` asked for.
    private var effects: [Effect] = []

    private func send(_ actions: Action...) {
        effects = []
        for a in actions {
            let (next, asked) = reduce(state, a)
            state = next
            effects += asked
        }
    }

    // MARK: reduce

    func testVShowsAndHidesTheLinks() {
        send(.showLinks)
        XCTAssertEqual(state.linksView, PaneCursor(selected: 0, scroll: 0))
        send(.showLinks)
        XCTAssertNil(state.linksView)
        send(.showLinks, .cancel)
        XCTAssertNil(state.linksView)
    }

    func testPlainTextHasNoLinksToShow() {
        state = Fixtures.sampleState()
        send(.showLinks)
        XCTAssertNil(state.linksView)
        XCTAssertEqual(state.message, "No links: this article is plain text")
    }

    func testMovementMovesTheSelectionNotTheBody() {
        send(.showLinks, .moveDown, .moveDown, .moveDown)
        XCTAssertEqual(state.linksView?.selected, 2)
        XCTAssertEqual(state.article?.top, 0)
        send(.top)
        XCTAssertEqual(state.linksView?.selected, 0)
        send(.bottom, .moveUp)
        XCTAssertEqual(state.linksView?.selected, 1)
        send(.nextQuote)
        XCTAssertEqual(state.linksView?.selected, 1, "other keys are swallowed while the list is shown")
    }

    func testALongListScrollsToKeepTheSelectionInView() {
        let text = (1...50).map { "Link number \($0)." }.joined(separator: "\n")
        let links = (1...50).map { n in
            let span = Fixtures.span(text, "Link number \(n).")
            return PageLink(start: span.start, end: span.end, text: span.text, href: "http://127.0.0.1:9/\(n)")
        }
        state = ReaderState(articles: [ArticleState(text: ArticleText(path: "p.html", text: text, format: .html, links: links))],
                            width: 80, height: 24)
        let rows = LinksOverlay.visibleRows(height: 24)
        XCTAssertEqual(rows, 18)
        send(.showLinks, .pageDown, .pageDown)
        XCTAssertEqual(state.linksView, PaneCursor(selected: 36, scroll: 19))
        send(.bottom)
        XCTAssertEqual(state.linksView, PaneCursor(selected: 49, scroll: 32))
        send(.top)
        XCTAssertEqual(state.linksView, PaneCursor(selected: 0, scroll: 0))
        let screen = ReaderView.render(reduce(state, .bottom).state, width: 80, height: 24)
        XCTAssertTrue(screen.lines.contains { $0.contains("Link number 50.") && $0.contains("http://127.0.0.1:9/50") })
        XCTAssertTrue(screen.lines.contains { $0.contains(" 50/50 ") })
        XCTAssertFalse(screen.lines.contains { $0.contains("http://127.0.0.1:9/31 ") })
    }

    func testEnterOnAWebLinkAsksForAFetchAndSaysSo() {
        send(.showLinks, .activate)
        XCTAssertEqual(effects, [.openPage("http://127.0.0.1:9/second")])
        XCTAssertEqual(state.fetching, ["http://127.0.0.1:9/second"])
        XCTAssertNil(state.linksView)
        XCTAssertEqual(state.message, "Fetching http://127.0.0.1:9/second…")
        XCTAssertTrue(StatusBar.progress(state).hasPrefix("fetching 1 page… · "))
    }

    func testALinkThatIsNotAWebPageIsNotFetched() {
        send(.showLinks, .bottom, .activate)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message, "Not a web page: mailto:desk@example.invalid")
    }

    func testAnArrivedPageOpensAsANewArticleWithItsMetadata() {
        send(.showLinks, .activate)
        let page = ArticleMetadata(title: "Dredging will cost twice", byline: ["Jonas Ek"], format: .html,
                                   url: "http://127.0.0.1:9/second", published: "2026-11-09", site: "The Coastal Courier")
        let second = LoadedArticle(path: "http://127.0.0.1:9/second", text: "Dredging will cost twice the estimate.\n",
                                   format: .html, metadata: page)
        send(.pageOpened(url: "http://127.0.0.1:9/second", second))
        XCTAssertEqual(effects, [.analyze(article: 1)], "the new article is analysed as an effect")
        XCTAssertEqual(state.articles.count, 2)
        XCTAssertEqual(state.current, 1)
        XCTAssertEqual(state.screen, .article)
        XCTAssertEqual(state.fetching, [])
        XCTAssertEqual(state.article?.title, "Dredging will cost twice")
        XCTAssertEqual(state.article?.authors, ["Jonas Ek"])
        XCTAssertEqual(state.message, "Opened article 2 of 2 (h lists them)")
        send(.back)
        XCTAssertEqual(state.screen, .list)
        send(.moveUp, .activate, .showLinks, .activate)
        XCTAssertEqual(state.current, 1, "a link to an open article shows it again")
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message, "Already open: article 2 of 2")
    }

    func testAFailedFetchLeavesTheReaderWhereItWasWithTheReason() {
        send(.showLinks, .activate, .pageFailed(url: "http://127.0.0.1:9/second", reason: "http://127.0.0.1:9/second: HTTP 404 Not Found"))
        XCTAssertEqual(state.articles.count, 1)
        XCTAssertEqual(state.current, 0)
        XCTAssertEqual(state.fetching, [])
        XCTAssertEqual(state.message, "http://127.0.0.1:9/second: HTTP 404 Not Found")
    }

    func testTheListDateAndAuthorsComeFromThePage() {
        let a = state.articles[0]
        XCTAssertEqual(a.authors, ["Maria Lindqvist", "Jonas Ek"])
        XCTAssertEqual(a.site, "The Coastal Courier")
        XCTAssertEqual(a.date, "2026-11-02")
    }

    func testTheKeyComesFromTheActionTable() {
        XCTAssertEqual(ActionTable.spec(named: "links")?.keys, ["v"])
        XCTAssertEqual(Keymap.default.action(for: .char("v")).map { "\($0)" }, "showLinks")
    }

    // MARK: snapshots

    func testLinksList80x24() {
        var s = reduce(state, .resize(width: 80, height: 24)).state
        s = reduce(s, .showLinks).state
        s = reduce(s, .moveDown).state
        Snapshot.assertMatches(ReaderView.render(s, width: 80, height: 24), "links-80x24")
    }

    func testArticleListWithPages80x24() {
        let metadata = ArticleMetadata(title: "Dredging will cost twice the estimate, engineers say", byline: ["Jonas Ek"],
                                       format: .html, published: "2026-11-09T10:00:00Z", site: "The Coastal Courier")
        let second = ArticleState(text: ArticleText(path: "http://127.0.0.1:9/second", text: "Dredging.\n", format: .html,
                                                    pageMetadata: metadata))
        let s = ReaderState(articles: [state.articles[0], second, Fixtures.sampleArticle()], width: 80, height: 24)
        Snapshot.assertMatches(ReaderView.render(reduce(s, .resize(width: 80, height: 24)).state, width: 80, height: 24), "list-pages-80x24")
    }

    // MARK: the app and its page opener

    func testTheAppFetchesThroughItsOpenerAndAnalysesTheNewArticle() {
        let opener = FakeOpener()
        var app = ReaderApp(state: state, pages: opener)
        XCTAssertEqual(app.handle(.char("v")), .proceed)
        XCTAssertEqual(app.handle(.enter), .proceed)
        XCTAssertEqual(opener.requested, ["http://127.0.0.1:9/second"])
        XCTAssertTrue(app.isBusy)
        opener.deliver(.pageOpened(url: "http://127.0.0.1:9/second", LoadedArticle(path: "http://127.0.0.1:9/second", text: Fixtures.sampleText)))
        var polls = 0
        while (app.isBusy || app.state.articles.count < 2) && polls < 60_000 {
            _ = app.poll()
            usleep(1000)
            polls += 1
        }
        XCTAssertEqual(app.state.articles.count, 2)
        XCTAssertEqual(app.state.current, 1)
        XCTAssertEqual(app.state.article?.progress, .done)
        XCTAssertEqual(app.state.article?.title, "Harbour city weighs flood barrier as costs climb, officials say")
    }

    func testWithoutAnOpenerTheReaderSaysLinksAreOff() {
        var app = ReaderApp(state: state)
        _ = app.handle(.char("v"))
        _ = app.handle(.enter)
        XCTAssertEqual(app.state.message, "http://127.0.0.1:9/second: opening links is off in this reader")
        XCTAssertEqual(app.state.fetching, [])
    }
}

/// A page opener that records what was asked and delivers what the test says.
final class FakeOpener: PageOpener, @unchecked Sendable {
    private let lock = NSLock()
    private let inbox = ResultInbox()
    private(set) var requested: [String] = []

    func open(_ url: String) {
        lock.lock()
        requested.append(url)
        lock.unlock()
        inbox.begin()
    }

    func deliver(_ action: Action) {
        inbox.finish([action])
    }

    func drainResults() -> [Action] { inbox.drain() }

    var isBusy: Bool { inbox.isBusy }
}
