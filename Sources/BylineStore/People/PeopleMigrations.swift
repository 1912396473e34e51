import GRDB

/// The people index's tables, a migration of their own ("library-2-people") after the
/// library's: identities with pre-aggregated counts (so the people view opens on an index,
/// whatever the library's size), the keys their names give, one row per attributed quote,
/// per-outlet and per-day counts for the outlets column and the sparkline, and the
/// documents indexed (quoting someone or not).
public enum PeopleMigrations {
    static let tables: Set<String> = ["people_identity", "people_key", "people_quote", "people_outlet", "people_day", "people_document"]

    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("library-2-people") { db in
            try create(db)
        }
    }

    /// Creates the tables in `db` (a store's migration, or an index kept in memory).
    public static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE people_identity (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                title TEXT,
                quotes INTEGER NOT NULL DEFAULT 0,
                articles INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX people_identity_quotes ON people_identity(quotes DESC, id) WHERE quotes > 0;
            CREATE TABLE people_key (
                key TEXT NOT NULL,
                identityId INTEGER NOT NULL,
                PRIMARY KEY (key, identityId)
            ) WITHOUT ROWID;
            CREATE TABLE people_quote (
                id INTEGER PRIMARY KEY,
                identityId INTEGER NOT NULL,
                documentId TEXT NOT NULL,
                quoteId TEXT NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                text TEXT NOT NULL,
                said TEXT NOT NULL,
                outlet TEXT,
                date INTEGER NOT NULL
            );
            CREATE INDEX people_quote_identity ON people_quote(identityId, date DESC, id DESC);
            CREATE INDEX people_quote_document ON people_quote(documentId, start);
            CREATE TABLE people_outlet (
                identityId INTEGER NOT NULL,
                outlet TEXT NOT NULL,
                quotes INTEGER NOT NULL,
                PRIMARY KEY (identityId, outlet)
            ) WITHOUT ROWID;
            CREATE TABLE people_day (
                identityId INTEGER NOT NULL,
                day INTEGER NOT NULL,
                quotes INTEGER NOT NULL,
                PRIMARY KEY (identityId, day)
            ) WITHOUT ROWID;
            CREATE INDEX people_day_day ON people_day(day);
            CREATE TABLE people_document (
                documentId TEXT PRIMARY KEY NOT NULL
            ) WITHOUT ROWID;
            """)
    }
}
