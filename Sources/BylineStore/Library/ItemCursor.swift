import Foundation

/// A position in an item list (newest first), as the list's sort key: pages are read with
/// keyset queries from a cursor, so reading page 2,000 costs what reading page 1 does and
/// the reader never holds the whole library.
public struct ItemCursor: Sendable, Equatable, Hashable {
    public var sortDate: Date
    public var id: Int64

    public init(sortDate: Date, id: Int64) {
        self.sortDate = sortDate
        self.id = id
    }
}
