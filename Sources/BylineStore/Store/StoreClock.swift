import Foundation

/// The store's only source of time, so tests can pin `created` and `modified`.
public struct StoreClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    public static let system = StoreClock { Date() }
}
