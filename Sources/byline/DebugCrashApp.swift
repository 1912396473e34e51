import BylineReader
import Foundation

/// `BYLINE_DEBUG_CRASH=1 byline`: the reader runs as usual until the first key, which ends it
/// in a Swift runtime trap, so that tests can check the terminal is given back after a real
/// crash. Read by the CLI only; the reader and the terminal layer know nothing of it.
struct DebugCrashApp<Base: TerminalApp>: TerminalApp {
    static var isRequested: Bool {
        let value = ProcessInfo.processInfo.environment["BYLINE_DEBUG_CRASH"] ?? ""
        return !value.isEmpty && value != "0"
    }

    var base: Base

    mutating func handle(_ key: KeyEvent) -> AppCommand {
        if case .resize = key { return base.handle(key) }
        fatalError("BYLINE_DEBUG_CRASH: crashing on the first key, as asked")
    }

    func render(width: Int, height: Int) -> Buffer { base.render(width: width, height: height) }
    var isBusy: Bool { base.isBusy }
    mutating func poll() -> Bool { base.poll() }
}
