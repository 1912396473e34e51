import Foundation
import XCTest

/// The reader on web pages, driven under tmux against the local test server: a URL opens like
/// a file, `v` lists the article's links, Enter fetches one in the background and opens it,
/// the list shows the pages' authors, sites and dates, and a link that fails (HTTP 404,
/// `--offline`) is a status-bar message while the reader stays alive.
final class WebReaderEndToEndTests: TmuxTestCase {
    private var server: LocalWebServer!
    override var terminalSize: (width: Int, height: Int) { (140, 30) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        server = try .started(for: self)
    }

    private func quit() {
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }

    func testAURLOpensAndALinkOpensAsANewArticle() throws {
        tmux.startByline([server.url("/article")])
        XCTAssertTrue(tmux.waitFor("four hundred commuters a day", timeout: 10), tmux.screen)
        tmux.waitForStatus("Harbour council approves the new ferry line")
        tmux.send("v")
        XCTAssertTrue(tmux.waitFor("Links (3)"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("follow-up on the dredging costs"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains(server.url("/second")), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("The silt is deeper than the old charts show", timeout: 10), tmux.screen)
        tmux.waitForStatus("article 2/2")
        tmux.send("h")
        XCTAssertTrue(tmux.waitFor("Articles (2)"), tmux.screen)
        for shown in ["Maria Lindqvist", "Jonas Ek", "The Coastal Courier", "2026-11-02", "2026-11-09"] {
            XCTAssertTrue(tmux.screen.contains(shown), "\(shown) missing:\n\(tmux.screen)")
        }
        quit()
    }

    func testAFailingLinkIsAMessageAndTheReaderGoesOn() throws {
        tmux.startByline([server.url("/article")])
        XCTAssertTrue(tmux.waitFor("four hundred commuters a day", timeout: 10), tmux.screen)
        tmux.send("v")
        XCTAssertTrue(tmux.waitFor("Links (3)"), tmux.screen)
        tmux.send("G")
        tmux.send("Enter")
        tmux.waitForStatus("HTTP 404 Not Found")
        tmux.send("j")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("HTTP 404") }, tmux.screen)
        XCTAssertFalse(tmux.screen.contains("exit="), tmux.screen)
        quit()
    }

    func testTheScreenStaysLiveWhileALinkIsFetched() throws {
        tmux.startByline(["--timeout", "3", server.url("/waiting")])
        XCTAssertTrue(tmux.waitFor("cannot plan their winter", timeout: 10), tmux.screen)
        tmux.send("v")
        XCTAssertTrue(tmux.waitFor("Links (1)"), tmux.screen)
        tmux.send("Enter")
        tmux.waitForStatus("fetching 1 page…")
        tmux.send("?")
        XCTAssertTrue(tmux.waitFor("Keys · ? or Esc closes"), "keys must work while the page is fetched:\n\(tmux.screen)")
        tmux.send("Escape")
        tmux.waitForStatus("no answer within 3 s (timed out)")
        XCTAssertFalse(tmux.statusBar.contains("fetching"), tmux.statusBar)
        quit()
    }

    func testOfflineASavedPageOpensAndItsLinksAreRefusedWithAMessage() throws {
        let saved = tmux.folder.appendingPathComponent("ferry.html").path
        XCTAssertEqual(try BylineExecutable.run(["fetch", server.url("/article"), "-o", saved]).status, 0)
        tmux.startByline(["--offline", saved])
        XCTAssertTrue(tmux.waitFor("four hundred commuters a day", timeout: 10), tmux.screen)
        tmux.send("v")
        XCTAssertTrue(tmux.waitFor("Links (3)"), tmux.screen)
        tmux.send("Enter")
        tmux.waitForStatus("--offline forbids network access")
        XCTAssertFalse(tmux.screen.contains("exit="), tmux.screen)
        quit()
    }
}
