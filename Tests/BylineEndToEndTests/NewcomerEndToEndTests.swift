import Foundation
import XCTest

/// The snags a new user met (issue 15), as that user meets them: in tmux, keys in, screen out.
final class NewcomerEndToEndTests: TmuxTestCase {
    private func twoArticles() throws -> [String] {
        [try write("a.txt", "Ferry strike ends after talks\n\nThe ferry strike ended on Tuesday.\n"),
         try write("b.txt", "Library reopens its doors\n\nThe library reopened on Monday.\n")]
    }

    /// 15.2: as in mutt, newsboat and tig.
    func testQInAnArticleGoesBackToTheListAndCapitalQQuits() throws {
        tmux.startByline(try twoArticles())
        XCTAssertTrue(tmux.waitFor("Library reopens its doors"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("The ferry strike ended on Tuesday."), tmux.screen)
        tmux.send("q")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("The ferry strike ended on Tuesday.") && $0.contains("Library reopens its doors") },
                      "q did not go back to the list:\n\(tmux.screen)")
        XCTAssertTrue(tmux.alternateScreen, "q quit the reader")
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("The ferry strike ended on Tuesday."), tmux.screen)
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
    }

    /// 15.3: every key at 140×40 without scrolling, and the status bar says where help is.
    func testHelpShowsEveryKeyAt140x40() throws {
        tmux.kill()
        tmux = try TmuxSession(width: 140, height: 40)
        tmux.startByline()
        tmux.waitForStatus("· ? help")
        tmux.send("?")
        XCTAssertTrue(tmux.waitFor("move-down"), tmux.screen)
        for text in ["Scroll down / next item", "Back to the list; else quit", "Quit from anywhere", "Q, C-c", "Mouse: click"] {
            XCTAssertTrue(tmux.screen.contains(text), "\(text) is not on screen:\n\(tmux.screen)")
        }
        tmux.send("q")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("move-down") }, tmux.screen)
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }

    /// 15.4: `/` on the list filters it.
    func testSlashFiltersTheList() throws {
        tmux.startByline(try twoArticles())
        XCTAssertTrue(tmux.waitFor("Library reopens its doors"), tmux.screen)
        tmux.send("/")
        tmux.type("ferry")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("Library reopens its doors") && $0.contains("Ferry strike ends") }, tmux.screen)
        tmux.send("Enter", "Escape")
        XCTAssertTrue(tmux.waitFor("Library reopens its doors"), tmux.screen)
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }

    /// 15.5: what cannot be read is in the list with why, while reading.
    func testUnreadableInputsAreListedWithTheirError() throws {
        let folder = tmux.folder.appendingPathComponent("articles").path
        _ = try write("articles/a.txt", "Ferry strike ends after talks\n\nThe ferry strike ended on Tuesday.\n")
        tmux.startByline([folder, tmux.folder.appendingPathComponent("missing.txt").path])
        XCTAssertTrue(tmux.waitFor("Ferry strike ends after talks"), tmux.screen)
        XCTAssertTrue(tmux.waitFor("missing.txt: no such file"), tmux.screen)
        tmux.waitForStatus("Could not read 1 input")
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=1"), "an input could not be read: the status is 1\n\(tmux.screen)")
    }

    /// 15.5: a folder with nothing to read says so, and fails.
    func testAFolderWithNothingToReadSaysSoAndFails() throws {
        let empty = tmux.folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        _ = try write("empty/picture.png", "not an article")
        tmux.startByline([empty.path])
        XCTAssertTrue(tmux.waitFor("exit=1"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("no article in this folder"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("nothing to read"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
    }

    /// 15.5 and 15.6 when standard output is not a terminal: the summary of piped text, and
    /// an empty folder named as such.
    func testWithoutATerminalPipedTextIsSummarisedAndAnEmptyFolderFails() throws {
        let piped = try BylineExecutable.run([], stdin: Data("Harbour pilots walk out\n\nThe pilots left at noon, their union said.\n".utf8))
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdout.contains("Harbour pilots walk out"), piped.stdout)
        XCTAssertFalse(piped.stdout.contains("Harbour city weighs flood barrier"), "the sample was summarised instead")
        let empty = tmux.folder.appendingPathComponent("nothing-here")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try BylineExecutable.run([empty.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("nothing-here: no article in this folder"), result.stderr)
    }

    /// 15.6: a pipe is the article; the keys still come from the terminal.
    func testPipedStandardInputIsTheArticle() throws {
        let article = try write("piped.txt", "Harbour pilots walk out\n\nThe pilots left the harbour office at noon.\n")
        tmux.run("clear; cat '\(article)' | \(BylineExecutable.shellQuoted); echo \"exit=$?\"")
        XCTAssertTrue(tmux.waitFor("The pilots left the harbour office at noon."), tmux.screen)
        XCTAssertFalse(tmux.screen.contains("Harbour city weighs flood barrier"), "the sample opened instead")
        tmux.send("j", "q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }

    /// 15.7: tmux sends Home and End as `ESC [1~` and `ESC [4~`, which xterm's terminfo does not name.
    func testHomeAndEndWorkWithXtermTerminfoUnderTmux() throws {
        var text = "Tides\n\n"
        for n in 1...40 { text += "Paragraph \(n) says the harbour wall held through the night.\n\n" }
        tmux.startByline([try write("tides.txt", text)], environment: "TERM=xterm-256color")
        tmux.waitForStatus(" 1/")
        tmux.send("End")
        tmux.waitForStatus("100%")
        tmux.send("Home")
        tmux.waitForStatus(" 1/")
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }
}
