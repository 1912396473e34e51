import BylineStore

/// The people view (`p`): everyone the library quotes, most quoted first, then one
/// identity's quotes across articles, newest first. Both lists are read a page at a time from
/// the people index (`PeopleRequest`); the state holds only the pages read.
public struct PeopleBrowser: Sendable, Equatable {
    /// The list of identities, or one identity's quotes.
    public enum Level: Sendable, Equatable { case people, quotes }

    /// Rows read per page.
    public static let pageSize = 100

    public var level: Level = .people
    /// Identities read so far, from the top; `count` is how many the index lists.
    public var people: [PersonSummary] = []
    public var count: Int?
    /// `/` on the list: only names containing this.
    public var filter = ""
    public var cursor = 0
    public var scroll = 0

    /// The identity whose quotes are listed, its quotes read so far, and whether more remain.
    public var person: PersonSummary?
    public var quotes: [PersonQuote] = []
    public var quotesComplete = false
    public var quoteCursor = 0
    public var quoteScroll = 0

    /// Which reload the lists belong to; pages of an older one are dropped.
    public var generation = 0
    /// True while a page is asked for, so one is asked for at a time.
    public var loading = false
    /// The screen `p` was pressed on, where `q` goes back to.
    public var returnTo: ReaderState.Screen = .library
    /// The article opened from a quote of this view: `q` there comes back here.
    public var openedArticle: Int?
    /// A quote to mark once its article has opened.
    public var pendingJump: PendingJump?

    public init() {}

    public var selectedPerson: PersonSummary? { people[safe: cursor] }
    public var selectedQuote: PersonQuote? { quotes[safe: quoteCursor] }
}

/// Where to go once an item opens: the quote's range in its text, and whether `q` there
/// comes back to the people view.
public struct PendingJump: Sendable, Equatable {
    public var itemID: Int64
    public var range: Range<Int>
    public var fromPeople: Bool

    public init(itemID: Int64, range: Range<Int>, fromPeople: Bool) {
        self.itemID = itemID
        self.range = range
        self.fromPeople = fromPeople
    }
}
