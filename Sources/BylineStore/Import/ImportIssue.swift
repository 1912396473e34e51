import BylineCore

/// A line about one item of an import: "item 3: no text selector (…)".
public struct ImportIssue: Error, Equatable, Sendable, CustomStringConvertible {
    public var item: Int
    public var message: String

    public init(item: Int, message: String) {
        self.item = item
        self.message = message
    }

    public var description: String { "item \(item): \(SafeText.line(message, limit: 300))" }
}
