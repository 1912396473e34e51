import BylineCore
import Foundation

/// An analyzer made the first time a background queue needs one, then shared: making one
/// loads the entity model, which the screen's thread must never wait for.
final class LazyAnalyzer: @unchecked Sendable {
    private let lock = NSLock()
    private var analyzer: Analyzer?

    /// - Parameter preset: an analyzer to use as it is (tests), or nil to make the default one.
    init(_ preset: Analyzer?) {
        analyzer = preset
    }

    /// The analyzer; call it off the screen's thread.
    func get() -> Analyzer {
        lock.lock()
        defer { lock.unlock() }
        if let analyzer { return analyzer }
        let made = Analyzer()
        analyzer = made
        return made
    }
}
