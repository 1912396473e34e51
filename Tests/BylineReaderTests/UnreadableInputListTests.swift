import BylineCore
import XCTest
@testable import BylineReader

/// Issue 15.5: inputs that gave no article are listed under the articles with their error,
/// and said at start, instead of being printed only after the reader quits.
final class UnreadableInputListTests: XCTestCase {
    private let missing = UnreadableInput(path: "missing.txt", message: "missing.txt: no such file")

    func testTheListShowsWhatCouldNotBeReadAndWhy() {
        var app = ReaderApp(articles: [LoadedArticle(path: "sample.txt", text: Fixtures.sampleText)], unreadable: [missing])
        XCTAssertEqual(app.state.screen, .list, "two inputs named: the list, though only one could be read")
        XCTAssertEqual(app.state.message, "Could not read 1 input: see the end of the list")
        _ = app.handle(.resize(width: 80, height: 24))
        let lines = app.render(width: 80, height: 24).lines
        XCTAssertTrue(lines[2].contains("Harbour city weighs flood"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix(" ✗ missing.txt: no such file"), lines[3])
        XCTAssertEqual(app.render(width: 80, height: 24)[1, 3].role, .uiError)
        _ = app.handle(.char("j"))
        XCTAssertEqual(app.state.current, 0, "the row of an unreadable input cannot be selected")
        _ = app.handle(.enter)
        XCTAssertEqual(app.state.screen, .article)
        XCTAssertEqual(app.handle(.char("q")), .proceed)
        XCTAssertEqual(app.state.screen, .list, "q goes back to the list it came from")
    }

    func testALongListScrollsTheUnreadableRowsIntoViewAtTheEnd() {
        let articles = (1...30).map { ArticleState(text: ArticleText(path: "a\($0).txt", text: "Article \($0)\n\nText.\n")) }
        var state = ReaderState(articles: articles, unreadable: [missing, UnreadableInput(path: "x", message: "x: is a directory")],
                                width: 80, height: 24)
        state = reduce(state, .bottom).state
        let lines = ReaderView.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines[20].contains("a30.txt"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines[21].contains("✗ missing.txt: no such file"))
        XCTAssertTrue(lines[22].contains("✗ x: is a directory"))
        XCTAssertEqual(state.current, 29)
    }
}
