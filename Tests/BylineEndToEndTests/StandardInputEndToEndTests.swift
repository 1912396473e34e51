import Foundation
import XCTest

/// Standard input as the article (`cat a.txt | byline`, `byline -`): empty or blank input is
/// refused with one line and status 1, before the terminal is touched; piped text is called
/// "standard input", not "-".
final class StandardInputEndToEndTests: XCTestCase {
    func testAnEmptyPipeIsRefusedInSummaryMode() throws {
        for arguments in [[], ["-"]] {
            let result = try BylineExecutable.run(arguments, stdin: Data())
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, "byline: standard input is empty\n", "\(arguments)")
            XCTAssertEqual(result.stdout, "", "\(arguments): no summary of an empty article")
        }
    }

    func testWhiteSpaceOnlyInputIsRefused() throws {
        for arguments in [[], ["-"]] {
            let result = try BylineExecutable.run(arguments, stdin: Data(" \n\t\r\n\u{00A0}\n".utf8))
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, "byline: standard input holds only white space\n", "\(arguments)")
            XCTAssertEqual(result.stdout, "")
        }
    }

    func testPipedTextIsSummarisedAsStandardInput() throws {
        let result = try BylineExecutable.run(["-"], stdin: Data("Harbour pilots walk out\n\nThe pilots left at noon, their union said.\n".utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").first, "standard input", result.stdout)
    }

    /// `analyze` is unchanged: an empty input is an empty document there, as an empty file is.
    func testAnalyzeStillTakesAnEmptyStandardInput() throws {
        let result = try BylineExecutable.run(["analyze", "-"], stdin: Data())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"length\""), result.stdout)
    }

    func testAnEmptyPipeOnATerminalLeavesTheTerminalAlone() throws {
        try TmuxSession.requireTmux()
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        for (n, command) in ["printf '' | \(BylineExecutable.shellQuoted)", "printf '' | \(BylineExecutable.shellQuoted) -"].enumerated() {
            tmux.run("clear; echo before; \(command); echo \"exit\(n)=$?\"")
            XCTAssertTrue(tmux.waitFor("exit\(n)=1"), "the reader did not exit with status 1:\n\(tmux.screen)")
            let lines = tmux.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            XCTAssertEqual(Array(lines.prefix(3)), ["before", "byline: standard input is empty", "exit\(n)=1"], "\(command)\n\(tmux.screen)")
            XCTAssertFalse(tmux.alternateScreen)
            if tmux.alternateScreen { tmux.send("Q") }
        }
    }

    /// With other files, empty standard input is one unreadable input among them: listed with
    /// why, the others read, the status 1.
    func testAnEmptyPipeBesideAFileIsListedAsUnreadable() throws {
        try TmuxSession.requireTmux()
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        let file = tmux.folder.appendingPathComponent("a.txt")
        try "Ferry strike ends after talks\n\nThe ferry strike ended on Tuesday.\n".write(to: file, atomically: true, encoding: .utf8)
        tmux.run("clear; printf '' | \(BylineExecutable.shellQuoted) - '\(file.path)'; echo \"exit=$?\"")
        XCTAssertTrue(tmux.waitFor("Ferry strike ends after talks"), tmux.screen)
        XCTAssertTrue(tmux.waitFor("✗ standard input is empty"), tmux.screen)
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=1"), tmux.screen)
    }
}
