import Foundation
import XCTest

/// The reader as a person uses it at 80×24: panes, scrolling, search, speaker jumps, several
/// articles and key rebinding, read off the screen tmux shows.
final class ReaderEndToEndTests: TmuxTestCase {
    private func quit() {
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
    }

    func testTabAndDigitsMoveBetweenPanes() throws {
        tmux.startByline()
        tmux.waitForStatus("· Body ·")
        tmux.send("Tab")
        tmux.waitForStatus("· Entities ·")
        tmux.send("3")
        tmux.waitForStatus("· Quotes ·")
        tmux.send("5")
        tmux.waitForStatus("· Claims ·")
        tmux.send("BTab")
        tmux.waitForStatus("· Sources ·")
        tmux.send("1")
        tmux.waitForStatus("· Body ·")
        quit()
    }

    func testAWideTerminalShowsTheBodyAndAllFourPanesAtOnce() throws {
        tmux.kill()
        tmux = try TmuxSession(width: 140, height: 40)
        tmux.startByline()
        tmux.waitForStatus("· Body ·")
        let screen = tmux.screen
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(rows.first?.contains("1 Body") ?? false, screen)
        // Side by side with the body, each pane under its own title (narrower: one row of tabs).
        let titleRows = ["2 Entities", "3 Quotes", "4 Sources", "5 Claims"].map { title in rows.firstIndex { $0.contains(title) } }
        XCTAssertEqual(Set(titleRows.compactMap { $0 }).count, 4, "the four panes are not stacked beside the body:\n\(screen)")
        tmux.send("4")
        tmux.waitForStatus("· Sources ·")
        quit()
    }

    func testScrollingMovesTheBody() throws {
        tmux.startByline([try longArticle()])
        tmux.waitForStatus(" 1/")
        tmux.send("j", "j")
        tmux.waitForStatus(" 3/")
        tmux.send("G")
        tmux.waitForStatus("100%")
        tmux.send("g")
        tmux.waitForStatus(" 1/")
        quit()
    }

    /// A short title leaves the status bar room for the reader's messages.
    private func longArticle() throws -> String {
        var text = "Tides\n\n"
        for n in 1...30 { text += "Paragraph \(n) says the harbour wall held through the night.\n\n" }
        text += "At the very end the oyster beds were counted again.\n"
        return try write("tides.txt", text)
    }

    func testSearchFindsTextBelowTheFoldAndRepeats() throws {
        tmux.startByline([try longArticle()])
        tmux.waitForStatus("· Body ·")
        XCTAssertFalse(tmux.screen.contains("oyster"))
        tmux.send("/")
        tmux.type("oyster")
        tmux.waitForStatus("/oyster")
        XCTAssertTrue(tmux.waitFor("oyster beds"), "the body did not move to the match:\n\(tmux.screen)")
        tmux.waitForStatus("Match 1 of 1")
        tmux.send("Enter")
        tmux.send("n")
        tmux.waitForStatus("Match 1 of 1 · wrapped to the top")
        XCTAssertTrue(tmux.screen.contains("oyster beds"))
        tmux.send("/")
        tmux.type("zebra")
        tmux.send("Enter")
        tmux.waitForStatus("Not found: zebra")
        quit()
    }

    /// Two speakers alternate; every jump is checked against the quote and speaker it must reach.
    func testSpeakerJumpsGoFromQuoteToQuote() throws {
        let article = try write("quotes.txt", """
            Bridge vote

            “The bridge will open next spring,” said Mayor Ann Lee at a meeting on Monday.

            “It is far too expensive for a town this size,” said Councillor Tom Brown.

            “We have the money and we have the plans,” Lee said.

            “Nobody asked the people who live by the river,” Brown said.

            """)
        tmux.startByline([article])
        tmux.waitForStatus("· Body ·")
        let speakers = ["Ann Lee", "Tom Brown", "Ann Lee", "Tom Brown"]
        for (k, speaker) in speakers.enumerated() {
            tmux.send("]")
            tmux.waitForStatus("Quote \(k + 1) of 4: \(speaker)")
        }
        tmux.send("]")
        tmux.waitForStatus("No further quote")
        for k in stride(from: 3, through: 1, by: -1) {
            tmux.send("[")
            tmux.waitForStatus("Quote \(k) of 4: \(speakers[k - 1])")
        }
        tmux.send("}")
        tmux.waitForStatus("Quote 2 of 4: Tom Brown")
        tmux.send("s")
        tmux.waitForStatus("Quote 4 of 4: Tom Brown")
        tmux.send("{")
        tmux.waitForStatus("Quote 3 of 4: Ann Lee")
        quit()
    }

    func testSeveralArticlesOpenAListAndJKMoveBetweenThem() throws {
        let first = try write("a.txt", "Ferry strike ends after talks\n\nThe ferry strike ended on Tuesday.\n")
        let second = try write("b.txt", "Library reopens its doors\n\nThe library reopened on Monday.\n")
        tmux.startByline([first, second])
        XCTAssertTrue(tmux.waitFor("Ferry strike ends after talks"), tmux.screen)
        // The list shows each file by name until its analysis, in the background, gives its title.
        XCTAssertTrue(tmux.waitFor("Library reopens its doors"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("The ferry strike ended on Tuesday."), tmux.screen)
        tmux.send("J")
        XCTAssertTrue(tmux.waitFor("The library reopened on Monday."), tmux.screen)
        tmux.waitForStatus("article 2/2")
        tmux.send("h")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("The library reopened on Monday.") && $0.contains("Ferry strike ends") },
                      tmux.screen)
        quit()
    }

    func testConfigFileRebindsKeysAndSetsTheTheme() throws {
        let folder = tmux.folder.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "theme = \"monochrome\"\n[keys]\nclose = \"x\"\n".write(to: folder.appendingPathComponent("config.toml"),
                                                               atomically: true, encoding: .utf8)
        tmux.startByline()
        tmux.waitForStatus("· Body ·")
        tmux.send("q")
        usleep(300_000)
        XCTAssertTrue(tmux.alternateScreen, "q still closes although close is bound to x only")
        tmux.send("x")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
    }

    func testConfigWithAnUnknownActionIsAnErrorNamingIt() throws {
        let folder = tmux.folder.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "[keys]\nfly-away = \"x\"\n".write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        tmux.startByline()
        XCTAssertTrue(tmux.waitFor("exit=2"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("fly-away"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("config.toml"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
    }

    /// A mouse report as tmux sends it to a program that asked for mouse mode 1000 (the
    /// tmux-256color terminfo's `kmous`): `ESC [ M`, button + 32, column + 33, row + 33.
    private func mouse(button: Int, x: Int, y: Int) {
        let bytes = [button + 32, x + 33, y + 33].compactMap { Unicode.Scalar($0).map { String(Character($0)) } }.joined()
        tmux.type("\u{1B}[M" + bytes)
    }

    func testMouseClickFocusesAPaneAndTheWheelScrolls() throws {
        tmux.startByline([try longArticle()])
        tmux.waitForStatus("· Body ·")
        let rows = tmux.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = try XCTUnwrap(rows.firstIndex { $0.contains("3 Quotes") }, tmux.screen)
        let x = try XCTUnwrap(rows[y].range(of: "Quotes")).lowerBound.utf16Offset(in: rows[y])
        mouse(button: 0, x: x, y: y)
        mouse(button: 3, x: x, y: y)
        tmux.waitForStatus("· Quotes ·")
        tmux.send("1")
        tmux.waitForStatus(" 1/")
        mouse(button: 65, x: 5, y: 3)
        XCTAssertTrue(tmux.waitUntil { _ in !self.tmux.statusBar.contains(" 1/") }, "the wheel did not scroll: \(tmux.statusBar)")
        tmux.waitForStatus("· Body ·")
        quit()
    }

    func testHelpOverlayOpensWithQuestionMark() throws {
        tmux.startByline()
        tmux.waitForStatus("· Body ·")
        tmux.send("?")
        XCTAssertTrue(tmux.waitFor("move-down"), tmux.screen)
        tmux.send("Escape")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("move-down") }, tmux.screen)
        quit()
    }
}
