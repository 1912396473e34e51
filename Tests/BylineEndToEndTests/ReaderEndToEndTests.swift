import Foundation
import XCTest

/// The reader as a person uses it at 80×24: panes, scrolling, search, speaker jumps, several
/// articles and key rebinding, read off the screen tmux shows.
final class ReaderEndToEndTests: XCTestCase {
    private var tmux: TmuxSession!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        tmux = try TmuxSession()
    }

    override func tearDown() {
        tmux?.kill()
        tmux = nil
    }

    /// The status bar: the bottom line of the screen.
    private var statusBar: String {
        tmux.screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    private func waitForStatus(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(tmux.waitUntil { _ in self.statusBar.contains(text) }, "status bar lacks '\(text)': \(statusBar)",
                      file: file, line: line)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = tmux.folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func quit() {
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
    }

    func testTabAndDigitsMoveBetweenPanes() throws {
        tmux.startByline()
        waitForStatus("· Body ·")
        tmux.send("Tab")
        waitForStatus("· Entities ·")
        tmux.send("3")
        waitForStatus("· Quotes ·")
        tmux.send("5")
        waitForStatus("· Claims ·")
        tmux.send("BTab")
        waitForStatus("· Sources ·")
        tmux.send("1")
        waitForStatus("· Body ·")
        quit()
    }

    func testScrollingMovesTheBody() throws {
        tmux.startByline([try longArticle()])
        waitForStatus(" 1/")
        tmux.send("j", "j")
        waitForStatus(" 3/")
        tmux.send("G")
        XCTAssertTrue(tmux.waitUntil { _ in self.statusBar.contains("100%") }, statusBar)
        tmux.send("g")
        waitForStatus(" 1/")
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
        waitForStatus("· Body ·")
        XCTAssertFalse(tmux.screen.contains("oyster"))
        tmux.send("/")
        tmux.type("oyster")
        XCTAssertTrue(tmux.waitUntil { _ in self.statusBar.contains("/oyster") }, statusBar)
        XCTAssertTrue(tmux.waitFor("oyster beds"), "the body did not move to the match:\n\(tmux.screen)")
        tmux.send("Enter")
        tmux.send("n")
        waitForStatus("Search wrapped to the top")
        XCTAssertTrue(tmux.screen.contains("oyster beds"))
        tmux.send("/")
        tmux.type("zebra")
        tmux.send("Enter")
        waitForStatus("Not found: zebra")
        quit()
    }

    /// Waits for the status bar to match `pattern` and returns its capture groups.
    private func statusMatch(_ pattern: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        var groups: [String] = []
        let found = tmux.waitUntil { _ in
            let bar = self.statusBar
            guard let m = regex.firstMatch(in: bar, range: NSRange(bar.startIndex..., in: bar)) else { return false }
            groups = (1..<m.numberOfRanges).map { Range(m.range(at: $0), in: bar).map { String(bar[$0]) } ?? "" }
            return true
        }
        XCTAssertTrue(found, "status bar does not match \(pattern): \(statusBar)", file: file, line: line)
        return groups
    }

    /// Reads the speakers off the reader's own messages, so the test checks the jumps
    /// whatever the attribution decides about each quote.
    func testSpeakerJumpsGoFromQuoteToQuote() throws {
        let article = try write("quotes.txt", """
            Bridge vote

            “The bridge will open next spring,” said Mayor Ann Lee at a meeting on Monday.

            “It is far too expensive for a town this size,” said Councillor Tom Brown.

            “We have the money and we have the plans,” Lee said.

            “Nobody asked the people who live by the river,” Brown said.

            """)
        tmux.startByline([article])
        waitForStatus("· Body ·")
        guard !tmux.screen.contains("Quotes (0)") else {
            throw XCTSkip("quote attribution finds no quotes in this build, so there is nothing to jump to")
        }
        tmux.send("]")
        let first = statusMatch("Quote 1 of (\\d+): (.+?)\\s*$")
        let count = try XCTUnwrap(Int(first[0]))
        let firstSpeaker = first[1]
        var speakers = [firstSpeaker]
        for k in stride(from: 2, through: count, by: 1) {
            tmux.send("]")
            speakers.append(statusMatch("Quote \(k) of \(count): (.+?)\\s*$")[0])
        }
        tmux.send("]")
        waitForStatus("No further quote")
        for k in stride(from: count - 1, through: 1, by: -1) {
            tmux.send("[")
            XCTAssertEqual(statusMatch("Quote \(k) of \(count): (.+?)\\s*$")[0], speakers[k - 1])
        }
        guard let other = speakers.firstIndex(where: { $0 != firstSpeaker }) else {
            throw XCTSkip("every quote went to \(firstSpeaker): no other speaker to jump to")
        }
        tmux.send("}")
        let jumped = statusMatch("Quote (\\d+) of \(count): (.+?)\\s*$")
        XCTAssertEqual(Int(jumped[0]), other + 1, "} should stop at the first quote by someone else")
        XCTAssertEqual(jumped[1], speakers[other])
        tmux.send("s")
        let cycled = statusMatch("(?:Quote \\d+ of \\d+: |Back to the first quote by )(.+?)\\s*$")
        XCTAssertEqual(cycled[0], speakers[other], "s should stay with the current speaker")
        let sameSpeaker = speakers.indices.filter { speakers[$0] == speakers[other] }
        if sameSpeaker.count > 1 {
            XCTAssertTrue(statusBar.contains("Quote \(sameSpeaker[1] + 1) of \(count)"), statusBar)
        }
        tmux.send("{")
        XCTAssertEqual(statusMatch("Quote (\\d+) of \(count): (.+?)\\s*$")[1], firstSpeaker)
        quit()
    }

    func testSeveralArticlesOpenAListAndJKMoveBetweenThem() throws {
        let first = try write("a.txt", "Ferry strike ends after talks\n\nThe ferry strike ended on Tuesday.\n")
        let second = try write("b.txt", "Library reopens its doors\n\nThe library reopened on Monday.\n")
        tmux.startByline([first, second])
        XCTAssertTrue(tmux.waitFor("Ferry strike ends after talks"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("Library reopens its doors"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("The ferry strike ended on Tuesday."), tmux.screen)
        tmux.send("J")
        XCTAssertTrue(tmux.waitFor("The library reopened on Monday."), tmux.screen)
        waitForStatus("article 2/2")
        tmux.send("h")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("The library reopened on Monday.") && $0.contains("Ferry strike ends") },
                      tmux.screen)
        quit()
    }

    func testConfigFileRebindsKeysAndSetsTheTheme() throws {
        let folder = tmux.folder.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "theme = \"monochrome\"\n[keys]\nquit = \"x\"\n".write(to: folder.appendingPathComponent("config.toml"),
                                                               atomically: true, encoding: .utf8)
        tmux.startByline()
        waitForStatus("· Body ·")
        tmux.send("q")
        usleep(300_000)
        XCTAssertTrue(tmux.alternateScreen, "q still quits although quit is bound to x only")
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

    func testHelpOverlayOpensWithQuestionMark() throws {
        tmux.startByline()
        waitForStatus("· Body ·")
        tmux.send("?")
        XCTAssertTrue(tmux.waitFor("move-down"), tmux.screen)
        tmux.send("Escape")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("move-down") }, tmux.screen)
        quit()
    }
}
