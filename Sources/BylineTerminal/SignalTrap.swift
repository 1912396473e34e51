import Glibc

/// Signals that must not leave the terminal in raw mode. SIGINT, SIGTERM and SIGHUP write their
/// number into a self-pipe that the run loop polls, so the loop ends normally and `endwin`
/// runs; a second one while the loop is stuck restores the terminal from the handler and exits.
/// Every other signal that would end the process (SIGQUIT, SIGPIPE, SIGUSR1, SIGALRM, …, and
/// the crashes SIGSEGV, SIGILL, SIGABRT, …) restores the terminal from the handler and then
/// takes its default action at once: the process ends promptly with the shell's modes back.
/// A crash goes on to the Swift runtime's backtracer only when SWIFT_BACKTRACE asks for it
/// (`chainCrashes`), because by default the backtracer can hold the process for 30 seconds
/// waiting for a key.
///
/// Handlers may only call async-signal-safe functions (write, tcsetattr, sigaction, raise,
/// _exit), so everything they need is prepared beforehand in plain C memory. The storage below is
/// `nonisolated(unsafe)` because Swift cannot see that it is safe: `install` writes it before
/// any handler is registered (sigaction is a full barrier) and `uninstall` only after every
/// handler is removed; in between, handlers only read it, except `stopCount`, which only stop
/// handlers touch, and those block one another through their `sa_mask`.
enum SignalTrap {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Signals whose default action ends the process though nothing went wrong inside it.
    static let fatalSignals: [Int32] = [SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
                                        SIGXCPU, SIGXFSZ, SIGPOLL, SIGPWR, SIGSTKFLT] + realtimeSignals
    /// Faults, including the traps Swift's runtime checks end in (SIGILL on x86, SIGTRAP on ARM).
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]

    /// SIGRTMIN…SIGRTMAX as the C library leaves them free; by default each ends the process.
    static var realtimeSignals: [Int32] {
        let low = __libc_current_sigrtmin(), high = __libc_current_sigrtmax()
        return low <= high ? Array(low...high) : []
    }

    nonisolated(unsafe) private static var pipeRead: Int32 = -1
    nonisolated(unsafe) private static var pipeWrite: Int32 = -1
    nonisolated(unsafe) private static var outputFD: Int32 = -1
    nonisolated(unsafe) private static var modesFD: Int32 = -1
    nonisolated(unsafe) private static var restore: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
    nonisolated(unsafe) private static var shellModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static var hasShellModes = false
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var trapped = UnsafeMutablePointer<Bool>.allocate(capacity: 65)
    nonisolated(unsafe) private static var chainCrashes = false
    nonisolated(unsafe) private static var stopCount: Int32 = 0
    nonisolated(unsafe) private static var installed = false

    /// The descriptor to poll: readable once a stop signal arrived.
    static var wakeDescriptor: Int32 { pipeRead }

    /// `shellModes` are the terminal modes from before ncurses started; `restoreSequence` the
    /// bytes that leave the alternate screen and show the cursor (from terminfo).
    /// `chainCrashes`: after restoring, hand a crash to the handler installed before (the Swift
    /// runtime's backtracer) instead of ending at once.
    static func install(outputFD output: Int32, modesFD: Int32, shellModes modes: termios?, restoreSequence: [UInt8],
                        chainCrashes chain: Bool = false) throws {
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
        chainCrashes = chain
        stopCount = 0
        trapped.initialize(repeating: false, count: 65)
        installed = true
        for signal in stopSignals {
            register(signal, handler: onStopSignal, blocking: stopSignals, unlessIgnored: true)
        }
        for signal in fatalSignals {
            register(signal, handler: onFatalSignal, blocking: [], unlessIgnored: true)
        }
        for signal in crashSignals {
            register(signal, handler: onCrashSignal, blocking: [], unlessIgnored: false)
        }
    }

    static func uninstall() {
        guard installed else { return }
        for signal in stopSignals + fatalSignals + crashSignals where trapped[Int(signal)] {
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

    /// Whether `install` put a handler on `signal` (an ignored signal is left ignored: a
    /// reader started under `nohup`, or with SIGPIPE ignored, keeps that).
    static func isTrapped(_ signal: Int32) -> Bool { installed && signal > 0 && signal < 65 && trapped[Int(signal)] }

    private static func register(_ signal: Int32, handler: @convention(c) (Int32) -> Void, blocking: [Int32],
                                 unlessIgnored: Bool) {
        guard signal > 0 && signal < 65 else { return }
        let old = previous + Int(signal)
        guard sigaction(signal, nil, old) == 0 else { return }
        if unlessIgnored && unsafeBitCast(old.pointee.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
            return
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        for other in blocking { sigaddset(&action.sa_mask, other) }
        action.sa_flags = 0
        if sigaction(signal, &action, nil) == 0 { trapped[Int(signal)] = true }
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

    /// Restores the terminal, then lets the signal end the process with its default action.
    /// The signal is blocked until this handler returns and then delivered again.
    private static let onFatalSignal: @convention(c) (Int32) -> Void = { signal in
        SignalTrap.restoreTerminal()
        SignalTrap.endByDefault(signal)
    }

    /// As `onFatalSignal`, but a crash goes on, when asked, to the handler that was there
    /// before (the runtime's backtracer). A real fault would also recur on return.
    private static let onCrashSignal: @convention(c) (Int32) -> Void = { signal in
        SignalTrap.restoreTerminal()
        if SignalTrap.chainCrashes {
            sigaction(signal, SignalTrap.previous + Int(signal), nil)
            raise(signal)
        } else {
            SignalTrap.endByDefault(signal)
        }
    }

    /// Puts back the default action of `signal` and raises it, from inside a handler.
    private static func endByDefault(_ signal: Int32) {
        var byDefault = sigaction()
        byDefault.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&byDefault.sa_mask)
        sigaction(signal, &byDefault, nil)
        raise(signal)
    }
}
