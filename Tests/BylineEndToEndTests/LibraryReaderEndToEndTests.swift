import Foundation
import XCTest

/// Issue 10.3 in a terminal (tmux): `byline` with no argument opens the library; a local feed
/// is subscribed and updated, an item opened (so read) and starred, `r` updates the feed from
/// the reader, and after quitting and reopening the read and starred state is still there.
final class LibraryReaderEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!
    private var feedFile: String!
    private var store: String!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        tmux = try TmuxSession(width: 100, height: 24)
        // The store the tmux session's BYLINE_STORE names, so `byline` alone opens it.
        store = tmux.folder.appendingPathComponent("annotations.sqlite").path
        feedFile = tmux.folder.appendingPathComponent("harbour.xml").path
    }

    override func tearDownWithError() throws {
        tmux?.kill()
    }

    private func writeFeed(_ titles: [String]) throws {
        let items = titles.enumerated().map { n, title in
            """
            <item><title>\(title)</title><guid>item-\(n)</guid><pubDate>Mon, 0\(n + 1) Nov 2026 10:00:00 GMT</pubDate>
            <description>\(title). "The barrier will hold," the mayor said on Monday. Critics said it would not.</description></item>
            """
        }
        try """
            <rss version="2.0"><channel><title>Harbour</title>\(items.reversed().joined())</channel></rss>
            """.write(toFile: feedFile, atomically: true, encoding: .utf8)
    }

    func testOpenStarQuitAndReopenKeepsReadAndStarred() throws {
        try writeFeed(["Council votes on the sea wall", "Ferry timetable changes"])
        XCTAssertEqual(try BylineExecutable.run(["feeds", "add", "--name", "harbour", feedFile, "--store", store]).status, 0)
        let update = try BylineExecutable.run(["feeds", "update", "--offline", "--store", store])
        XCTAssertEqual(update.stdout, "harbour: 2 new\n", update.stderr)

        tmux.startByline()
        XCTAssertTrue(tmux.waitFor("Library: 1 feed"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("harbour"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("Council votes on the sea wall"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("harbour: 2 items, 2 unread"), tmux.screen)
        // The newest is first: the ferry; go down to the council and open it.
        tmux.send("j")
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("the mayor said on Monday"), tmux.screen)
        tmux.send("*")
        XCTAssertTrue(tmux.waitFor("Starred"), tmux.screen)
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor(" * "), "read (no N) and starred:\n\(tmux.screen)")

        // `r` updates the feed under the cursor in the background; the new item is listed.
        try writeFeed(["Council votes on the sea wall", "Ferry timetable changes", "Storm warning for the coast"])
        tmux.send("r")
        XCTAssertTrue(tmux.waitFor("Updated 1 feed: 1 new item", timeout: 20), tmux.screen)
        XCTAssertTrue(tmux.waitFor("Storm warning for the coast"), tmux.screen)
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)

        tmux.startByline()
        XCTAssertTrue(tmux.waitFor("Library: 1 feed"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("harbour: 3 items, 2 unread"), tmux.screen)
        let lines = tmux.screen.split(separator: "\n")
        let council = try XCTUnwrap(lines.first { $0.contains("Council votes on the sea wall") })
        XCTAssertTrue(council.hasPrefix("  *"), "kept read and starred: \(council)")
        let ferry = try XCTUnwrap(lines.first { $0.contains("Ferry timetable changes") })
        XCTAssertTrue(ferry.hasPrefix(" N "), "still unread: \(ferry)")
        tmux.send("q")
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)

        tmux.startByline(["--sample"])
        XCTAssertTrue(tmux.waitUntil { !$0.contains("Library") && $0.contains("quote") }, tmux.screen)
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }
}
