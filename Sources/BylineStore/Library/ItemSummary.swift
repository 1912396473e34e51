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

    public init(id: Int64, feedID: Int64?, feedName: String?, title: String, sortDate: Date, link: String?, read: Bool, starred: Bool,
                quotes: Int?, claims: Int?, annotations: Int) {
        self.id = id
        self.feedID = feedID
        self.feedName = feedName
        self.title = title
        self.sortDate = sortDate
        self.link = link
        self.read = read
        self.starred = starred
        self.quotes = quotes
        self.claims = claims
        self.annotations = annotations
    }

    /// The host of the item's link ("www.example.com"), for the list's site column.
    public var site: String? {
        link.flatMap { URL(string: $0)?.host }
    }

    /// Where a page starts or ends: the sort key of its first or last line.
    public var cursor: ItemCursor { ItemCursor(sortDate: sortDate, id: id) }
}
