import Foundation
import XCTest

/// `byline page.html` in the terminal: the article list shows the page's real title and
/// publisher, and the body is the extracted article, not the markup.
final class WebPageReaderEndToEndTests: TmuxTestCase {
    func testAPageOpensAsItsArticleWithItsTitleInTheList() throws {
        let page = tmux.folder.appendingPathComponent("saved-page.html")
        try WebPageCommandTests.pageBytes.write(to: page)
        let text = tmux.folder.appendingPathComponent("b.txt")
        try "Library reopens its doors\n\nThe library reopened on Monday.\n".write(to: text, atomically: true, encoding: .utf8)
        tmux.startByline([page.path, text.path])
        XCTAssertTrue(tmux.waitFor("Council passes budget"), tmux.screen)
        XCTAssertTrue(tmux.waitFor("Daily Gazette"), tmux.screen)
        XCTAssertFalse(tmux.screen.contains("saved-page.html"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("The city council approved"), tmux.screen)
        let screen = tmux.screen
        XCTAssertFalse(screen.contains("<p>") || screen.contains("Home") || screen.contains("All rights reserved"), screen)
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }
}
