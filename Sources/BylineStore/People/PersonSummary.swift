import Foundation

/// One row of the people view: an identity with its pre-aggregated counts, the outlets that
/// quote it most, and its quotes over time.
public struct PersonSummary: Sendable, Equatable {
    public var id: Int64
    public var kind: PeopleKind
    public var name: String
    public var title: String?
    public var quotes: Int
    public var articles: Int
    /// Outlets by how often they quote this identity, most first (at most `outletLimit`).
    public var outlets: [String]
    /// How many outlets quote it in all.
    public var outletCount: Int
    /// Quotes per period over the library's dates, oldest first (`PeopleIndex.sparkBuckets`).
    public var spark: [Int]

    public init(id: Int64, kind: PeopleKind, name: String, title: String? = nil, quotes: Int, articles: Int,
                outlets: [String] = [], outletCount: Int = 0, spark: [Int] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.title = title
        self.quotes = quotes
        self.articles = articles
        self.outlets = outlets
        self.outletCount = outletCount
        self.spark = spark
    }
}

/// One quote of an identity, as the people view and `byline people show` list it.
public struct PersonQuote: Sendable, Equatable {
    public var id: Int64
    public var identityID: Int64
    public var documentID: String
    public var quoteID: String
    public var range: Range<Int>
    public var text: String
    /// The words the article named the speaker with.
    public var said: String
    public var outlet: String?
    public var date: Date?
    /// The library item holding the article, when the index is the library's.
    public var itemID: Int64?

    public init(id: Int64, identityID: Int64, documentID: String, quoteID: String, range: Range<Int>, text: String, said: String,
                outlet: String?, date: Date?, itemID: Int64? = nil) {
        self.id = id
        self.identityID = identityID
        self.documentID = documentID
        self.quoteID = quoteID
        self.range = range
        self.text = text
        self.said = said
        self.outlet = outlet
        self.date = date
        self.itemID = itemID
    }
}
