import BylineCore
import XCTest
@testable import BylineReader

/// Issue 15.2: `q` closes an article opened from the list (as in mutt, newsboat and tig) and
/// quits only where there is nothing to go back to; `Q` quits from anywhere.
final class CloseAndQuitTests: XCTestCase {
    private func twoArticles() -> ReaderState {
        let second = ArticleState(text: ArticleText(path: "b.txt", text: "Library reopens\n\nThe library reopened on Monday.\n"))
        var s = ReaderState(articles: [Fixtures.sampleArticle(), second], width: 80, height: 24)
        s.keyHelp = Keymap.default.help
        return s
    }

    func testCloseInAnArticleOpenedFromTheListGoesBackToIt() {
        let opened = reduce(reduce(twoArticles(), .moveDown).state, .activate).state
        XCTAssertEqual(opened.screen, .article)
        XCTAssertEqual(opened.current, 1)
        let (back, effects) = reduce(opened, .close)
        XCTAssertEqual(back.screen, .list)
        XCTAssertEqual(back.current, 1, "the list keeps the article selected")
        XCTAssertEqual(effects, [])
        XCTAssertEqual(reduce(back, .close).effects, [.quit], "q on the list quits")
    }

    func testCloseQuitsASingleArticleAndQuitQuitsEverywhere() {
        XCTAssertEqual(reduce(Fixtures.sampleState(), .close).effects, [.quit])
        let opened = reduce(twoArticles(), .activate).state
        XCTAssertEqual(reduce(opened, .quit).effects, [.quit])
        XCTAssertEqual(reduce(twoArticles(), .quit).effects, [.quit])
    }

    func testTheKeysQAndCapitalQ() {
        var app = ReaderApp(state: twoArticles())
        XCTAssertEqual(app.handle(.enter), .proceed)
        XCTAssertEqual(app.state.screen, .article)
        XCTAssertEqual(app.handle(.char("q")), .proceed)
        XCTAssertEqual(app.state.screen, .list)
        XCTAssertEqual(app.handle(.enter), .proceed)
        XCTAssertEqual(app.handle(.char("?")), .proceed)
        XCTAssertTrue(app.state.helpVisible)
        XCTAssertEqual(app.handle(.char("q")), .proceed, "q closes the help")
        XCTAssertFalse(app.state.helpVisible)
        XCTAssertEqual(app.state.screen, .article)
        XCTAssertEqual(app.handle(.char("?")), .proceed)
        XCTAssertEqual(app.handle(.char("Q")), .quit, "Q quits even from the help")

        var links = ReaderApp(state: LinkTests.pageState())
        XCTAssertEqual(links.handle(.char("v")), .proceed)
        XCTAssertNotNil(links.state.linksView)
        XCTAssertEqual(links.handle(.char("q")), .proceed, "q closes the links list")
        XCTAssertNil(links.state.linksView)
        XCTAssertEqual(links.handle(.char("v")), .proceed)
        XCTAssertEqual(links.handle(.char("Q")), .quit, "Q quits from the links list")
    }
}
