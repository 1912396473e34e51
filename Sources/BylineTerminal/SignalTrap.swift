import Glibc

/// Signals that must not leave the terminal in raw mode. SIGINT, SIGTERM and SIGHUP write their
/// number into a self-pipe that the run loop polls, so the loop ends normally and `endwin`
/// runs; a second one while the loop is stuck restores the terminal from the handler and exits.
/// Crashes (SIGSEGV, SIGILL, SIGABRT, …) restore the terminal from the handler, then hand the
/// signal to whoever handled it before (the Swift runtime's backtracer, or the default action).
///
/// Handlers may only call async-signal-safe functions (write, tcsetattr, sigaction, _exit), so
/// everything they need is prepared beforehand in plain C memory. The storage below is
/// `nonisolated(unsafe)` because Swift cannot see that it is safe: `install` writes it before
/// any handler is registered (sigaction is a full barrier) and `uninstall` only after every
/// handler is removed; in between, handlers only read it, except `stopCount`, which only stop
/// handlers touch, and those block one another through their `sa_mask`.
enum SignalTrap {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    nonisolated(unsafe) private static var pipeRead: Int32 = -1
    nonisolated(unsafe) private static var pipeWrite: Int32 = -1
    nonisolated(unsafe) private static var outputFD: Int32 = -1
    nonisolated(unsafe) private static var modesFD: Int32 = -1
    nonisolated(unsafe) private static var restore: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
    nonisolated(unsafe) private static var shellModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static var hasShellModes = false
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var stopCount: Int32 = 0
    nonisolated(unsafe) private static var installed = false

    /// The descriptor to poll: readable once a stop signal arrived.
    static var wakeDescriptor: Int32 { pipeRead }

    /// `shellModes` are the terminal modes from before ncurses started; `restoreSequence` the
    /// bytes that leave the alternate screen and show the cursor (from terminfo).
    static func install(outputFD output: Int32, modesFD: Int32, shellModes modes: termios?, restoreSequence: [UInt8]) throws {
        guard !installed else { return }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TerminalError.system("pipe", errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        pipeRead = fds[0]
        pipeWrite = fds[1]
        outputFD = output
        self.modesFD = modesFD
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: restoreSequence.count)
        _ = bytes.initialize(from: restoreSequence)
        restore = bytes
        if let modes {
            shellModes.pointee = modes
            hasShellModes = true
        }
        stopCount = 0
        installed = true
        for signal in stopSignals {
            register(signal, handler: onStopSignal, blocking: stopSignals)
        }
        for signal in crashSignals {
            register(signal, handler: onCrashSignal, blocking: [])
        }
    }

    static func uninstall() {
        guard installed else { return }
        for signal in stopSignals + crashSignals {
            sigaction(signal, previous + Int(signal), nil)
        }
        installed = false
        close(pipeRead)
        close(pipeWrite)
        pipeRead = -1
        pipeWrite = -1
        restore.deallocate()
        restore = .init(start: nil, count: 0)
        hasShellModes = false
    }

    /// The first stop signal received since the last call, if any.
    static func takeSignal() -> Int32? {
        guard pipeRead >= 0 else { return nil }
        var byte: UInt8 = 0
        guard read(pipeRead, &byte, 1) == 1 else { return nil }
        return Int32(byte)
    }

    private static func register(_ signal: Int32, handler: @convention(c) (Int32) -> Void, blocking: [Int32]) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        for other in blocking { sigaddset(&action.sa_mask, other) }
        action.sa_flags = 0
        sigaction(signal, &action, previous + Int(signal))
    }

    /// Puts the terminal back the way the shell had it, from inside a handler.
    private static func restoreTerminal() {
        if let base = restore.baseAddress, restore.count > 0, outputFD >= 0 {
            _ = write(outputFD, base, restore.count)
        }
        if hasShellModes, modesFD >= 0 {
            tcsetattr(modesFD, TCSANOW, shellModes)
        }
    }

    private static let onStopSignal: @convention(c) (Int32) -> Void = { signal in
        SignalTrap.stopCount += 1
        if SignalTrap.stopCount > 1 {
            SignalTrap.restoreTerminal()
            _exit(128 + signal)
        }
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(SignalTrap.pipeWrite, &byte, 1)
    }

    private static let onCrashSignal: @convention(c) (Int32) -> Void = { signal in
        SignalTrap.restoreTerminal()
        sigaction(signal, SignalTrap.previous + Int(signal), nil)
        // Blocked until this handler returns, then delivered to the previous action; a real
        // fault would also recur on return, but a signal sent with kill would not.
        raise(signal)
    }
}
