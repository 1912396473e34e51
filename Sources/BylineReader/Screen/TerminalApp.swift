/// What the terminal layer drives: an app that takes keys, renders a buffer and, while it has
/// background work (analysis of a large article), is polled for progress. The terminal loop
/// knows nothing else about the reader.
public protocol TerminalApp {
    /// Handles one input event; tells the loop what to do next.
    mutating func handle(_ key: KeyEvent) -> AppCommand
    /// Draws the whole screen for the given size.
    func render(width: Int, height: Int) -> Buffer
    /// True while background work is running; the loop then polls instead of blocking.
    var isBusy: Bool { get }
    /// Picks up finished background work; returns true when the screen must be redrawn.
    mutating func poll() -> Bool
}

/// The loop's next step after a key.
public enum AppCommand: Equatable, Sendable {
    /// Redraw if needed and read the next key.
    case proceed
    /// Restore the terminal and exit.
    case quit
    /// Restore the terminal and stop the process (Ctrl-Z); redraw on resume.
    case suspend
}
