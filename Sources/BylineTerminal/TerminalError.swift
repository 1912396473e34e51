import Glibc

/// Why the terminal loop ended other than by the app's `.quit`.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// No terminal could be set up (TERM unknown, not a terminal).
    case cannotStart(String)
    /// A stop signal (SIGINT, SIGTERM, SIGHUP) ended the loop; the terminal is restored.
    case stoppedBySignal(Int32)
    case system(String, Int32)

    public var description: String {
        switch self {
        case .cannotStart(let reason): return "cannot start the terminal: \(reason)"
        case .stoppedBySignal(let signal): return "stopped by signal \(signal)"
        case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }

    /// The conventional exit status: 128 plus the signal's number.
    public var exitStatus: Int32 {
        if case .stoppedBySignal(let signal) = self { return 128 + signal }
        return 1
    }
}
