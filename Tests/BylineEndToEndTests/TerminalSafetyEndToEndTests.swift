import Foundation
import XCTest

/// An article is untrusted text: escape sequences in it must not reach the terminal. tmux acts
/// on them exactly as a terminal would, so each attack is first shown to work when printed
/// by the shell, then shown to fail through the reader.
final class TerminalSafetyEndToEndTests: TmuxTestCase {
    private static let hostile = [
        "Hostile headline TOPMARK",
        "",
        "Title change: \u{1B}]2;pwned-title\u{7} end.",
        "Clear screen: \u{1B}[2J\u{1B}[H end.",
        "Clipboard: \u{1B}]52;c;cHduZWQtY2xpcA==\u{7} end.",
        "Reorder: abc\u{202E}fedcba end.",
        "BOTTOMMARK the last line.",
        "",
    ].joined(separator: "\n")

    private var buffers: String { (try? tmux.tmux(["list-buffers", "-F", "#{buffer_sample}"])) ?? "" }

    /// tmux really does obey these sequences from a program (so the checks below can fail).
    func testTmuxObeysTheSequencesWhenAProgramPrintsThem() throws {
        let title = tmux.display("#{pane_title}")
        tmux.run("printf '\\033]2;shell-title\\007\\033]52;c;c2hlbGwtY2xpcA==\\007'; echo done-printing")
        XCTAssertTrue(tmux.waitFor("done-printing"))
        XCTAssertTrue(tmux.waitUntil { _ in self.tmux.display("#{pane_title}") == "shell-title" },
                      "tmux ignored a title change (was \(title))")
        XCTAssertTrue(buffers.contains("shell-clip"), "tmux ignored OSC 52: \(buffers)")
    }

    func testArticleCannotSetTitleClearScreenWriteClipboardOrReorderText() throws {
        let article = tmux.folder.appendingPathComponent("hostile.txt")
        try Self.hostile.write(to: article, atomically: true, encoding: .utf8)
        let title = tmux.display("#{pane_title}")
        tmux.startByline([article.path])
        XCTAssertTrue(tmux.waitFor("BOTTOMMARK"), "the article did not open:\n\(tmux.screen)")
        let screen = tmux.screen
        XCTAssertTrue(screen.contains("TOPMARK"), "text drawn before ESC[2J was cleared:\n\(screen)")
        XCTAssertTrue(screen.contains("Clear screen:"), screen)
        XCTAssertEqual(tmux.display("#{pane_title}"), title, "the article changed the title")
        XCTAssertEqual(buffers, "", "the article wrote the clipboard")
        XCTAssertFalse(screen.unicodeScalars.contains("\u{202E}"), "a bidi override reached the terminal")
        XCTAssertFalse(screen.unicodeScalars.contains("\u{1B}"), "an escape reached the terminal")
        let reorder = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Reorder:") })
        let abc = try XCTUnwrap(reorder.range(of: "abc"))
        let fed = try XCTUnwrap(reorder.range(of: "fedcba"))
        XCTAssertLessThan(abc.lowerBound, fed.lowerBound, "text was reordered: \(reorder)")
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
        XCTAssertEqual(tmux.display("#{pane_title}"), title)
        XCTAssertEqual(buffers, "")
    }
}
