import GRDB

/// A people index in memory, for articles named on the command line: built in one
/// transaction, read like the library's, gone when the command ends.
public final class TransientPeopleIndex: PeopleSource {
    private let queue: DatabaseQueue

    public init() throws {
        queue = try DatabaseQueue()
        try queue.write { try PeopleMigrations.create($0) }
    }

    /// Indexes `articles` (an article indexed again replaces its earlier rows).
    public func index(_ articles: [PeopleArticle]) throws {
        try queue.write { db in
            for article in articles { try PeopleIndex.index(article, db) }
        }
    }

    public func people(offset: Int, limit: Int, filter: String? = nil) throws -> (people: [PersonSummary], count: Int) {
        try queue.read { db in
            (try PeopleIndex.people(offset: offset, limit: limit, filter: filter, db), try PeopleIndex.peopleCount(filter: filter, db))
        }
    }

    public func quotes(of identityID: Int64, after cursor: PersonQuote? = nil, limit: Int) throws -> [PersonQuote] {
        try queue.read { db in try PeopleIndex.quotes(of: identityID, after: cursor, limit: limit, db) }
    }

    public func findPeople(_ name: String) throws -> [PersonSummary] {
        try queue.read { db in try PeopleIndex.find(name, db).compactMap { try PeopleIndex.person(id: $0, db) } }
    }
}
