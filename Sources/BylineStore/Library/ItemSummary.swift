import Foundation

/// One line of an item list, everything read from indexed columns: the title, date, site,
/// state, the counts of the cached analysis (nil before it is analysed) and annotations.
public struct ItemSummary: Sendable, Equatable {
    public var id: Int64
    public var feedID: Int64?
    public var feedName: String?
    public var title: String
    public var sortDate: Date
    public var link: String?
    public var read: Bool
    public var starred: Bool
    public var quotes: Int?
    public var claims: Int?
    public var annotations: Int

    /// The host of the item's link ("www.example.com"), for the list's site column.
    public var site: String? {
        link.flatMap { URL(string: $0)?.host }
    }

    /// Where a page starts or ends: the sort key of its first or last line.
    public var cursor: ItemCursor { ItemCursor(sortDate: sortDate, id: id) }
}
