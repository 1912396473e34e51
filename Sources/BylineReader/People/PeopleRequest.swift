import BylineStore

/// Reads of the people index the reader asks for (`Effect.people`), answered off the
/// screen's thread as `PeopleEvent`s by a `PeopleBackend`.
public enum PeopleRequest: Sendable, Equatable {
    /// Identities most quoted first, from row `offset`; `filter` keeps names containing it.
    case loadPeople(offset: Int, limit: Int, filter: String?, generation: Int)
    /// An identity's quotes newest first, after `after` (nil: from the newest).
    case loadQuotes(identityID: Int64, after: PersonQuote?, limit: Int, generation: Int)
    /// The speaker of the quote at `start` in `documentID`: their quote in the next article.
    case nextQuote(documentID: String, start: Int)
}

/// What the people backend reports back (`Action.people`).
public enum PeopleEvent: Sendable {
    case peopleLoaded(offset: Int, [PersonSummary], count: Int, generation: Int)
    case quotesLoaded(identityID: Int64, [PersonQuote], appended: Bool, generation: Int)
    /// `from` is nil when the quote is not in the index; `next` when the speaker has no other article.
    case nextQuote(from: PersonQuote?, next: PersonQuote?)
    case failed(String)
}

/// Answers `PeopleRequest`s in the background; the library backend on SQLite is one.
public protocol PeopleBackend: AnyObject, Sendable {
    func perform(_ request: PeopleRequest)
}
