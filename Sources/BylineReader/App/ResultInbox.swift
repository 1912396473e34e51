import Foundation

/// The box that background work (annotation saves, followed links, the library) drops its
/// actions into and the screen's thread drains, with a count of the work still running, so
/// that the terminal loop keeps polling until every result has been taken. One box serves
/// every backend rather than a lock, a list and a counter in each.
public final class ResultInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Action] = []
    private var running = 0

    public init() {}

    /// A piece of work has started; its `finish` must follow.
    public func begin() {
        locked { running += 1 }
    }

    /// A piece of work has ended, with `actions` for the reader (none is fine).
    public func finish(_ actions: [Action]) {
        locked {
            results.append(contentsOf: actions)
            running -= 1
        }
    }

    /// An action from work still running (progress, a first answer).
    public func post(_ action: Action) {
        locked { results.append(action) }
    }

    /// The actions since the last call, in the order they came.
    public func drain() -> [Action] {
        locked {
            let out = results
            results.removeAll()
            return out
        }
    }

    /// True while work runs or its actions wait to be drained.
    public var isBusy: Bool {
        locked { running > 0 || !results.isEmpty }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
