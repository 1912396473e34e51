import BylineStore

/// The people view's reads, on the library backend's read queue: a page of the people index
/// is a few indexed queries, never the whole library.
extension StoreLibraryBackend: PeopleBackend {
    public func perform(_ request: PeopleRequest) {
        begin()
        reads.async { [self] in
            do {
                finish(.people(try answer(request)))
            } catch {
                finish(.people(.failed("\(error)")))
            }
        }
    }

    /// Indexes, in the background before any people page is read, the cached analyses the
    /// people index lacks (a library from before the index); results are not waited for.
    public func indexPeopleBacklog() {
        reads.async { [self] in _ = try? library.indexPeople(analyzerVersion: analyzerVersion) }
    }

    /// Answers one request on the calling thread (the queue calls it; benchmarks too).
    public func answer(_ request: PeopleRequest) throws -> PeopleEvent {
        switch request {
        case .loadPeople(let offset, let limit, let filter, let generation):
            let page = try library.people(offset: offset, limit: limit, filter: filter)
            return .peopleLoaded(offset: offset, page.people, count: page.count, generation: generation)
        case .loadQuotes(let id, let after, let limit, let generation):
            return .quotesLoaded(identityID: id, try library.quotes(of: id, after: after, limit: limit), appended: after != nil,
                                 generation: generation)
        case .nextQuote(let documentID, let start):
            let found = try library.nextQuoteElsewhere(documentID: documentID, start: start)
            return .nextQuote(from: found?.from, next: found?.next)
        }
    }
}
