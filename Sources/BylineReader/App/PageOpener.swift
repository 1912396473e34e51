/// Where the reader sends `Effect.openPage` and gets articles back, off the screen's thread:
/// the command line fetches and extracts pages; tests use a double. Results are drained by
/// `ReaderApp.poll()` as `.pageOpened` or `.pageFailed` actions.
public protocol PageOpener: AnyObject, Sendable {
    /// Starts fetching `url` in the background; returns at once.
    func open(_ url: String)
    /// The results since the last call.
    func drainResults() -> [Action]
    /// True while a fetch runs or its result waits to be drained.
    var isBusy: Bool { get }
}
