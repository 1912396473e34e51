@testable import BylineTerminal
import Glibc
import XCTest

/// The stop signals reach the run loop through the self-pipe, in order, and uninstalling puts
/// back whatever handled them before. Every other fatal signal restores the terminal from the
/// handler and then ends the process by that signal. Runs in the test process: handlers are
/// installed for the duration of one test only, and signals that end a process are raised in
/// a forked child (which only runs the handler's async-signal-safe calls).
final class SignalTrapTests: XCTestCase {
    private func currentHandler(_ signal: Int32) -> UnsafeMutableRawPointer? {
        var action = sigaction()
        sigaction(signal, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: UnsafeMutableRawPointer?.self)
    }

    private func setHandler(_ signal: Int32, _ handler: __sighandler_t?) -> sigaction {
        var action = sigaction(), old = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, &old)
        return old
    }

    func testStopSignalsArriveThroughThePipeAndUninstallRestoresHandlers() throws {
        let watched = [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGQUIT, SIGUSR1, SIGALRM, SIGTRAP]
        let before = watched.map(currentHandler)
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        try SignalTrap.install(outputFD: devNull, modesFD: -1, shellModes: nil, restoreSequence: Array("reset".utf8))
        XCTAssertNil(SignalTrap.takeSignal())
        var wake = pollfd(fd: SignalTrap.wakeDescriptor, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&wake, 1, 0), 0, "the pipe is readable before any signal")
        raise(SIGTERM)
        XCTAssertEqual(poll(&wake, 1, 1000), 1, "a signal must wake a poll on the pipe")
        XCTAssertEqual(SignalTrap.takeSignal(), SIGTERM)
        XCTAssertNil(SignalTrap.takeSignal())
        SignalTrap.uninstall()
        XCTAssertEqual(watched.map(currentHandler), before)
    }

    /// An ignored signal stays ignored: `nohup byline` keeps ignoring SIGHUP, and a reader
    /// started with SIGPIPE ignored gets EPIPE rather than dying.
    func testIgnoredSignalsAreLeftIgnored() throws {
        let oldHUP = setHandler(SIGHUP, SIG_IGN), oldPIPE = setHandler(SIGPIPE, SIG_IGN)
        defer {
            var hup = oldHUP, pipe = oldPIPE
            sigaction(SIGHUP, &hup, nil)
            sigaction(SIGPIPE, &pipe, nil)
        }
        try SignalTrap.install(outputFD: -1, modesFD: -1, shellModes: nil, restoreSequence: [])
        XCTAssertFalse(SignalTrap.isTrapped(SIGHUP))
        XCTAssertFalse(SignalTrap.isTrapped(SIGPIPE))
        XCTAssertTrue(SignalTrap.isTrapped(SIGTERM))
        XCTAssertTrue(SignalTrap.isTrapped(SIGUSR1))
        SignalTrap.uninstall()
        XCTAssertEqual(currentHandler(SIGHUP), unsafeBitCast(SIG_IGN, to: UnsafeMutableRawPointer?.self))
    }

    func testEveryFatalSignalRestoresTheTerminalThenEndsTheProcessByIt() throws {
        let (terminal, shellModes) = try openPseudoTerminal()
        defer { close(terminal) }
        var raw = shellModes
        cfmakeraw(&raw)
        var output: [Int32] = [-1, -1]
        XCTAssertEqual(pipe(&output), 0)
        defer { close(output[0]); close(output[1]) }
        _ = fcntl(output[0], F_SETFL, fcntl(output[0], F_GETFL) | O_NONBLOCK)

        let signals = [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPOLL, SIGPWR,
                       SIGSYS, SIGTRAP, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SignalTrap.realtimeSignals.last ?? SIGUSR1]
        // The test process may have inherited some of these as ignored; by default they end it.
        let saved = signals.filter { !SignalTrap.crashSignals.contains($0) }.map { ($0, setHandler($0, SIG_DFL)) }
        defer { for (signal, old) in saved { var o = old; sigaction(signal, &o, nil) } }

        for signal in signals {
            XCTAssertEqual(tcsetattr(terminal, TCSANOW, &raw), 0)
            try SignalTrap.install(outputFD: output[1], modesFD: terminal, shellModes: shellModes,
                                   restoreSequence: Array("<restored>".utf8))
            XCTAssertTrue(SignalTrap.isTrapped(signal), "signal \(signal) is not trapped")
            let child = fork()
            if child == 0 {
                var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
                setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
                raise(signal)
                _exit(99)
            }
            SignalTrap.uninstall()
            XCTAssertGreaterThan(child, 0)
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
            XCTAssertEqual(status & 0x7F, signal, "signal \(signal): the child did not end by it (status \(status))")
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = read(output[0], &buffer, buffer.count)
            XCTAssertEqual(String(decoding: buffer.prefix(max(n, 0)), as: UTF8.self), "<restored>", "signal \(signal)")
            var now = termios()
            tcgetattr(terminal, &now)
            XCTAssertEqual(now.c_lflag & tcflag_t(ICANON | ECHO), tcflag_t(ICANON | ECHO),
                           "signal \(signal): the terminal was left raw")
        }
    }

    /// A pseudo-terminal in its initial (cooked) modes, standing in for the user's terminal.
    /// The pty calls are looked up by name: Glibc's Swift module leaves them out.
    private func openPseudoTerminal() throws -> (Int32, termios) {
        typealias OpenPT = @convention(c) (Int32) -> Int32
        typealias UnlockPT = @convention(c) (Int32) -> Int32
        typealias PTSName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        guard let openSymbol = dlsym(nil, "posix_openpt"), let unlockSymbol = dlsym(nil, "unlockpt"),
              let nameSymbol = dlsym(nil, "ptsname") else { throw XCTSkip("no pty functions in the C library") }
        let master = unsafeBitCast(openSymbol, to: OpenPT.self)(O_RDWR | O_NOCTTY)
        try XCTSkipIf(master < 0, "no pseudo-terminals here")
        addTeardownBlock { close(master) }
        XCTAssertEqual(unsafeBitCast(unlockSymbol, to: UnlockPT.self)(master), 0)
        let name = try XCTUnwrap(unsafeBitCast(nameSymbol, to: PTSName.self)(master).map { String(cString: $0) })
        let terminal = open(name, O_RDWR | O_NOCTTY)
        XCTAssertGreaterThanOrEqual(terminal, 0)
        var modes = termios()
        XCTAssertEqual(tcgetattr(terminal, &modes), 0)
        XCTAssertEqual(modes.c_lflag & tcflag_t(ICANON | ECHO), tcflag_t(ICANON | ECHO), "a new pty starts cooked")
        return (terminal, modes)
    }
}
