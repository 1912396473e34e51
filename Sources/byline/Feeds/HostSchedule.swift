import Foundation

/// The per-host delay: requests to one host start at least `delay` seconds apart, whatever
/// the number of workers, so updating fifty feeds of one site does not hammer it.
final class HostSchedule: @unchecked Sendable {
    private let delay: Double
    private let lock = NSLock()
    private var next: [String: Date] = [:]

    init(delay: Double) {
        self.delay = max(0, delay)
    }

    /// Waits until a request to `host` may start, and books the slot.
    func wait(for host: String?) {
        guard delay > 0, let host else { return }
        lock.lock()
        let now = Date()
        let start = max(now, next[host] ?? now)
        next[host] = start.addingTimeInterval(delay)
        lock.unlock()
        let pause = start.timeIntervalSince(now)
        if pause > 0 { Thread.sleep(forTimeInterval: pause) }
    }
}
