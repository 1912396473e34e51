import Foundation
import XCTest

/// `byline feeds update` in a terminal (tmux): a progress line on standard error while feeds
/// are fetched, rewritten in place and cleared before the summary; none when redirected.
final class FeedsProgressEndToEndTests: TmuxTestCase {
    private var server: LocalWebServer!
    override var terminalSize: (width: Int, height: Int) { (100, 20) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        server = try .started(for: self)
    }

    func testProgressLineWhileUpdatingThenTheSummary() throws {
        let store = tmux.folder.appendingPathComponent("library.sqlite").path
        for (name, path) in [("courier", "/feeds/courier.xml"), ("slow", "/slow")] {
            XCTAssertEqual(try BylineExecutable.run(["feeds", "add", "--name", name, server.url(path), "--store", store]).status, 0)
        }
        tmux.startByline(["feeds", "update", "--jobs", "1", "--host-delay", "0", "--no-pages", "--timeout", "3", "--store", store])
        XCTAssertTrue(tmux.waitFor("updating 1/2: courier"), tmux.screen)
        XCTAssertTrue(tmux.waitFor("exit=1", timeout: 15), tmux.screen)
        let screen = tmux.screen
        XCTAssertTrue(screen.contains("courier: 3 new"), screen)
        XCTAssertTrue(screen.contains("byline: slow: failed: no answer within 3 s (timed out)"), screen)
        XCTAssertFalse(screen.contains("updating"), "the progress line is cleared:\n\(screen)")

        let redirected = try BylineExecutable.run(["feeds", "update", "--host-delay", "0", "--no-pages", "--timeout", "1", "courier",
                                                   "--store", store])
        XCTAssertEqual(redirected.stderr, "", "no progress line when standard error is not a terminal")
    }
}
