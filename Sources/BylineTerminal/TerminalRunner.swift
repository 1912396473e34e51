import BylineReader
import CNcursesw
import Glibc

/// Runs a `TerminalApp` on the real terminal: renders its buffer, draws only what changed,
/// turns keys into `KeyEvent`s, polls the app while it is busy, and restores the terminal on
/// every way out (quit, stop signals, errors; other fatal signals and crashes through `SignalTrap`).
public enum TerminalRunner {
    /// While the app is busy, how often it is polled for finished work.
    static let busyPollMilliseconds: Int32 = 40
    /// How long to wait for the rest of an escape sequence or paste.
    static let sequenceMilliseconds: Int32 = 50

    /// Returns when the app quits; throws `TerminalError.stoppedBySignal` after SIGINT, SIGTERM
    /// or SIGHUP, with the terminal already restored.
    public static func run(_ app: inout some TerminalApp, theme: Theme) throws {
        // Keys come from the terminal even when the article came through standard input.
        let inputFD = isatty(STDIN_FILENO) != 0 ? STDIN_FILENO : open("/dev/tty", O_RDONLY | O_CLOEXEC)
        guard inputFD >= 0 else { throw TerminalError.cannotStart("no terminal to read keys from") }
        var shellModes = termios()
        let hasModes = tcgetattr(inputFD, &shellModes) == 0
        let noColor = (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty == false
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(inputFD, "r") else {
            throw TerminalError.cannotStart("standard input and output are not usable")
        }
        let screen = try TerminalScreen(term: nil, output: output, input: input, theme: theme, noColor: noColor)
        defer { screen.end() }
        // The runtime's crash report only when asked for: by default it may wait 30 s for a key.
        try SignalTrap.install(outputFD: STDOUT_FILENO, modesFD: inputFD, shellModes: hasModes ? shellModes : nil,
                               restoreSequence: screen.restoreSequence(), chainCrashes: getenv("SWIFT_BACKTRACE") != nil)
        defer { SignalTrap.uninstall() }
        var loop = RunLoop(screen: screen, inputFD: inputFD)
        try loop.run(&app)
    }
}

/// The state of one run: the decoder's partial sequences and the last known size.
private struct RunLoop {
    let screen: TerminalScreen
    let inputFD: Int32
    var decoder = InputDecoder()
    var width: Int
    var height: Int

    init(screen: TerminalScreen, inputFD: Int32) {
        self.screen = screen
        self.inputFD = inputFD
        width = screen.width
        height = screen.height
    }

    mutating func run(_ app: inout some TerminalApp) throws {
        _ = app.handle(.resize(width: width, height: height))
        screen.draw(app.render(width: width, height: height))
        while true {
            if let signal = SignalTrap.takeSignal() { throw TerminalError.stoppedBySignal(signal) }
            let timeout: Int32 = decoder.wantsMore ? TerminalRunner.sequenceMilliseconds
                : (app.isBusy ? TerminalRunner.busyPollMilliseconds : -1)
            let ready = waitForInput(milliseconds: timeout)
            var events: [KeyEvent] = []
            if ready {
                events = drainInput()
            } else if decoder.wantsMore {
                events = decoder.feed(.timeout)
            }
            var dirty = false
            for event in events {
                if case .resize = event { screen.invalidate() }
                switch app.handle(event) {
                case .quit:
                    return
                case .suspend:
                    suspend()
                    let resized = checkSize()
                    if let resized { _ = app.handle(resized) }
                    screen.invalidate()
                case .proceed:
                    break
                }
                dirty = true
            }
            if app.isBusy || !ready {
                if app.poll() { dirty = true }
            }
            if dirty { screen.draw(app.render(width: width, height: height)) }
        }
    }

    /// Blocks in poll(2) on the terminal and the signal pipe, so a signal wakes the loop at
    /// once even while no key comes.
    private func waitForInput(milliseconds: Int32) -> Bool {
        var fds = [
            pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: SignalTrap.wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        let n = poll(&fds, 2, milliseconds)
        if n < 0 {
            // EINTR: SIGWINCH (ncurses turns it into KEY_RESIZE on the next read) or a stop signal.
            return true
        }
        return fds[0].revents != 0
    }

    /// Reads everything already typed, without waiting.
    private mutating func drainInput() -> [KeyEvent] {
        var events: [KeyEvent] = []
        while true {
            let input = screen.read(waitingAtMost: decoder.wantsMore ? TerminalRunner.sequenceMilliseconds : 0)
            if input == .timeout {
                if decoder.wantsMore { events += decoder.feed(.timeout) }
                return events
            }
            if case .functionKey(let code) = input {
                if code == cn_key_resize() {
                    width = screen.width
                    height = screen.height
                    events.append(.resize(width: width, height: height))
                    continue
                }
                if code == cn_key_mouse() {
                    if let mouse = screen.mouseEvent() { events.append(mouse) }
                    continue
                }
            }
            events += decoder.feed(input)
        }
    }

    /// Ctrl-Z: give the terminal back, stop, and on `fg` take it again.
    private func suspend() {
        screen.leave()
        var previous = sigaction()
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&defaultAction.sa_mask)
        sigaction(SIGTSTP, &defaultAction, &previous)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &previous, nil)
        screen.resume()
    }

    /// The terminal may have been resized while the process was stopped.
    private mutating func checkSize() -> KeyEvent? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        let w = Int(size.ws_col), h = Int(size.ws_row)
        guard w > 0, h > 0, w != width || h != height else { return nil }
        resizeterm(Int32(h), Int32(w))
        width = w
        height = h
        return .resize(width: w, height: h)
    }
}
