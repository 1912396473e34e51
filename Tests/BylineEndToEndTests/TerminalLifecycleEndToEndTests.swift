import Foundation
import XCTest

/// The built binary in a real terminal (tmux): it takes the screen over, follows resizes, and
/// gives the terminal back intact however it ends.
final class TerminalLifecycleEndToEndTests: TmuxTestCase {
    static let headline = "Harbour city weighs"

    override func setUpWithError() throws {
        try super.setUpWithError()
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BylineExecutable.path),
                      "byline is not built at \(BylineExecutable.path)")
    }

    private func openSample() throws {
        tmux.startByline()
        XCTAssertTrue(tmux.waitFor(Self.headline), "the sample did not open:\n\(tmux.screen)")
        XCTAssertTrue(tmux.alternateScreen, "the reader should use the alternate screen")
    }

    /// After the reader ends: no alternate screen, the shell's prompt and the exit status show.
    /// `status` nil: the shell forgets the rest of a command line once its job was stopped.
    private func assertShellIsBack(status: Int?, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(tmux.waitForAlternateScreen(false), "still in the alternate screen", file: file, line: line)
        if let status {
            XCTAssertTrue(tmux.waitFor("exit=\(status)"), "no exit=\(status) in:\n\(tmux.screen)", file: file, line: line)
        }
        tmux.run("stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon -e '-echo' -e '-icanon' | tr '\\n' ' '; echo")
        XCTAssertTrue(tmux.waitFor("icanon echo"), "terminal modes not restored:\n\(tmux.screen)", file: file, line: line)
        XCTAssertEqual(tmux.display("#{cursor_flag}"), "1", "cursor left hidden", file: file, line: line)
        XCTAssertFalse(tmux.screen.contains(Self.headline), "the reader's screen is left behind", file: file, line: line)
    }

    func testQuitWithQRestoresTheTerminal() throws {
        try openSample()
        tmux.send("q")
        assertShellIsBack(status: 0)
    }

    func testSIGTERMRestoresTheTerminal() throws {
        try openSample()
        let pid = try XCTUnwrap(tmux.bylinePID)
        kill(pid, SIGTERM)
        assertShellIsBack(status: 128 + Int(SIGTERM))
    }

    func testSIGINTRestoresTheTerminal() throws {
        try openSample()
        let pid = try XCTUnwrap(tmux.bylinePID)
        kill(pid, SIGINT)
        assertShellIsBack(status: 128 + Int(SIGINT))
    }

    func testSIGHUPRestoresTheTerminal() throws {
        try openSample()
        let pid = try XCTUnwrap(tmux.bylinePID)
        kill(pid, SIGHUP)
        assertShellIsBack(status: 128 + Int(SIGHUP))
    }

    func testACrashStillRestoresTheTerminal() throws {
        // The Swift runtime's interactive crash report would wait for a key.
        tmux.startByline([], environment: "SWIFT_BACKTRACE=enable=no")
        XCTAssertTrue(tmux.waitFor(Self.headline), "the sample did not open:\n\(tmux.screen)")
        let pid = try XCTUnwrap(tmux.bylinePID)
        kill(pid, SIGSEGV)
        assertShellIsBack(status: 128 + Int(SIGSEGV))
    }

    /// Every other signal that ends a process, sent while the reader runs: the shell's terminal
    /// comes back and the process ends by that signal within the usual few seconds. Without
    /// SWIFT_BACKTRACE, as a user runs it; no core files (`ulimit -c 0`).
    func testEveryFatalSignalRestoresTheTerminalAndEndsPromptly() throws {
        tmux.run("ulimit -c 0")
        let signals: [(String, Int32)] = [
            ("QUIT", SIGQUIT), ("USR1", SIGUSR1), ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("PIPE", SIGPIPE),
            ("XCPU", SIGXCPU), ("XFSZ", SIGXFSZ), ("VTALRM", SIGVTALRM), ("PROF", SIGPROF), ("SYS", SIGSYS),
            ("TRAP", SIGTRAP), ("ABRT", SIGABRT), ("SEGV", SIGSEGV), ("BUS", SIGBUS), ("FPE", SIGFPE), ("ILL", SIGILL),
        ]
        for (name, signal) in signals {
            tmux.startByline([], environment: "env -u SWIFT_BACKTRACE")
            XCTAssertTrue(tmux.waitFor(Self.headline), "SIG\(name): the sample did not open:\n\(tmux.screen)")
            let pid = try XCTUnwrap(tmux.bylinePID)
            kill(pid, signal)
            assertShellIsBack(status: 128 + Int(signal))
        }
    }

    /// A real Swift runtime trap in the reader (BYLINE_DEBUG_CRASH makes the first key trap),
    /// with the runtime's backtracer left on as users have it: the terminal is restored and
    /// the process ends at once instead of waiting 30 seconds for a key in raw mode.
    func testARuntimeTrapRestoresTheTerminalAndEndsPromptly() throws {
        tmux.run("ulimit -c 0")
        tmux.startByline([], environment: "env -u SWIFT_BACKTRACE BYLINE_DEBUG_CRASH=1")
        XCTAssertTrue(tmux.waitFor(Self.headline), "the sample did not open:\n\(tmux.screen)")
        tmux.send("j")
        XCTAssertTrue(tmux.waitForAlternateScreen(false), "still in the alternate screen:\n\(tmux.screen)")
        // ud2 on x86 (SIGILL), brk on ARM (SIGTRAP).
        XCTAssertTrue(tmux.waitUntil { $0.contains("exit=\(128 + SIGILL)") || $0.contains("exit=\(128 + SIGTRAP)") },
                      "the crashed reader did not end promptly:\n\(tmux.screen)")
        assertShellIsBack(status: nil)
    }

    func testCtrlCQuits() throws {
        try openSample()
        tmux.send("C-c")
        assertShellIsBack(status: 0)
    }

    func testCtrlZSuspendsAndFgRedraws() throws {
        try openSample()
        tmux.send("C-z")
        XCTAssertTrue(tmux.waitFor("Stopped"), "Ctrl-Z did not stop the reader:\n\(tmux.screen)")
        XCTAssertTrue(tmux.waitForAlternateScreen(false), "suspended reader kept the alternate screen")
        tmux.run("fg")
        XCTAssertTrue(tmux.waitForAlternateScreen(true), "fg did not bring the reader back")
        XCTAssertTrue(tmux.waitFor(Self.headline), "no redraw after fg:\n\(tmux.screen)")
        tmux.send("q")
        assertShellIsBack(status: nil)
    }

    func testResizeRelaysOutAndTooSmallShowsAMessage() throws {
        try openSample()
        tmux.resize(width: 120, height: 35)
        XCTAssertTrue(tmux.waitUntil { $0.split(separator: "\n", omittingEmptySubsequences: false).count >= 35 && $0.contains(Self.headline) },
                      "not redrawn at 120×35:\n\(tmux.screen)")
        tmux.resize(width: 20, height: 6)
        XCTAssertTrue(tmux.waitUntil { $0.lowercased().contains("too small") }, "no 'too small' at 20×6:\n\(tmux.screen)")
        tmux.resize(width: 80, height: 24)
        XCTAssertTrue(tmux.waitFor(Self.headline), "not redrawn back at 80×24:\n\(tmux.screen)")
        XCTAssertFalse(tmux.screen.lowercased().contains("too small"))
        tmux.send("q")
        assertShellIsBack(status: 0)
    }

    func testUnreadableFileIsReportedAndTheReadableOneStillOpens() throws {
        let good = tmux.folder.appendingPathComponent("good.txt")
        try "Council approves budget\n\nThe council met on Monday.\n".write(to: good, atomically: true, encoding: .utf8)
        let binary = tmux.folder.appendingPathComponent("binary.txt")
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: binary)
        let missing = tmux.folder.appendingPathComponent("missing.txt").path
        tmux.startByline([missing, binary.path, good.path])
        XCTAssertTrue(tmux.waitForAlternateScreen(true), "the readable file did not open:\n\(tmux.screen)")
        tmux.send("q")
        XCTAssertTrue(tmux.waitForAlternateScreen(false))
        XCTAssertTrue(tmux.waitFor("exit=1"), tmux.screen)
        let screen = tmux.screen
        XCTAssertTrue(screen.contains("missing.txt"), "the missing file is not named:\n\(screen)")
        XCTAssertTrue(screen.contains("binary.txt"), "the binary file is not named:\n\(screen)")
    }

    func testAnArticleFromAPipeIsReadWithKeysFromTheTerminal() throws {
        tmux.run("clear; printf 'Piped headline\\n\\nText from a pipe.\\n' | \(BylineExecutable.shellQuoted) -; echo \"exit=$?\"")
        XCTAssertTrue(tmux.waitForAlternateScreen(true), "the reader did not start:\n\(tmux.screen)")
        XCTAssertTrue(tmux.waitUntil { $0.contains("Text from a pipe.") && !$0.contains("printf") }, tmux.screen)
        tmux.send("q")
        assertShellIsBack(status: 0)
    }

    func testInvalidUTF8OpensWithAReplacementCharacterAndAWarning() throws {
        let bad = tmux.folder.appendingPathComponent("latin1.txt")
        try Data("Bad bytes\n\nCaf".utf8 + [0xE9] + Data(" society met.\n".utf8)).write(to: bad)
        tmux.startByline([bad.path])
        XCTAssertTrue(tmux.waitFor("Caf\u{FFFD} society met."), tmux.screen)
        tmux.send("q")
        assertShellIsBack(status: 0)
        let warnings = tmux.screen.split(separator: "\n").filter { $0.hasPrefix("byline: ") && $0.contains("invalid UTF-8") }
        XCTAssertEqual(warnings.count, 1, tmux.screen)
        XCTAssertTrue(warnings.first?.contains("latin1.txt") ?? false, tmux.screen)
    }

    func testNothingReadableGivesOneLineErrorsAndNoReader() throws {
        tmux.startByline([tmux.folder.appendingPathComponent("nope.txt").path])
        XCTAssertTrue(tmux.waitFor("exit=1"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
        let errorLines = tmux.screen.split(separator: "\n").filter { $0.contains("nope.txt") && $0.hasPrefix("byline:") }
        XCTAssertEqual(errorLines.count, 1, tmux.screen)
    }

    func testUnknownThemeIsAnErrorNamingIt() throws {
        tmux.startByline(["--theme", "solarizd"])
        XCTAssertTrue(tmux.waitFor("exit=2"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("theme 'solarizd' not found"), tmux.screen)
        XCTAssertFalse(tmux.alternateScreen)
    }

    func testEveryBuiltinThemeOpens() throws {
        for theme in ["default", "light", "monochrome", "nord"] {
            tmux.startByline(["--theme", theme])
            XCTAssertTrue(tmux.waitFor(Self.headline), "\(theme) did not open:\n\(tmux.screen)")
            tmux.send("q")
            XCTAssertTrue(tmux.waitFor("exit=0"), "\(theme): \(tmux.screen)")
        }
    }
}
