/// Where the reader sends `Effect.library` requests and gets `.library` events back, off the
/// screen's thread: `StoreLibraryBackend` on SQLite; tests use a double. Results are drained
/// by `ReaderApp.poll()`.
public protocol LibraryBackend: AnyObject, Sendable {
    /// Starts the request in the background; returns at once.
    func perform(_ request: LibraryRequest)
    /// The results since the last call, as actions.
    func drainResults() -> [Action]
    /// True while a request runs or its result waits to be drained.
    var isBusy: Bool { get }
    /// Waits until the marks asked for so far are written (before the reader quits); an
    /// update of feeds is not waited for.
    func waitForWrites()
}
