import Foundation

/// Wrapped layouts of one article by width. Wrapping a large article is the one costly step
/// of drawing, so it is done once per width and kept; a resize back and forth costs nothing.
/// A reference type behind a lock: invisible memoisation shared by `reduce` and `render`.
public final class BodyLayoutCache: @unchecked Sendable {
    private let lock = NSLock()
    private var layouts: [Int: BodyLayout] = [:]
    private var order: [Int] = []
    private let keep = 4

    public init() {}

    public func layout(width: Int, build: () -> BodyLayout) -> BodyLayout {
        lock.lock()
        if let l = layouts[width] {
            lock.unlock()
            return l
        }
        lock.unlock()
        let built = build()
        lock.lock()
        defer { lock.unlock() }
        if layouts[width] == nil {
            layouts[width] = built
            order.append(width)
            if order.count > keep { layouts[order.removeFirst()] = nil }
        }
        return built
    }
}
