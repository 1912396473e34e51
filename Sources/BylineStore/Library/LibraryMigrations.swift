import GRDB

/// The library's tables (feeds, their items, article texts and cached analyses), added by
/// migrations of their own, named "library-…", registered after the annotation migrations:
/// they touch no annotation table, so they merge with annotation migrations in any order.
/// Never edited once shipped; a change is a new migration.
enum LibraryMigrations {
    /// Tables these migrations create, which a store may hold.
    static let tables: Set<String> = ["library_feed", "library_item", "library_text", "library_analysis"]

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("library-1-feeds-items") { db in
            try db.execute(sql: """
                CREATE TABLE library_feed (
                    id INTEGER PRIMARY KEY,
                    url TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL UNIQUE,
                    title TEXT,
                    siteLink TEXT,
                    format TEXT,
                    tags TEXT NOT NULL DEFAULT '[]',
                    keepItems INTEGER,
                    etag TEXT,
                    lastModified TEXT,
                    added INTEGER NOT NULL,
                    lastChecked INTEGER,
                    lastSuccess INTEGER,
                    lastError TEXT,
                    retryNotBefore INTEGER
                );
                CREATE TABLE library_item (
                    id INTEGER PRIMARY KEY,
                    feedId INTEGER REFERENCES library_feed(id) ON DELETE SET NULL,
                    guid TEXT,
                    link TEXT,
                    canonicalURL TEXT,
                    title TEXT NOT NULL DEFAULT '',
                    authors TEXT NOT NULL DEFAULT '[]',
                    published INTEGER,
                    updated INTEGER,
                    summary TEXT,
                    documentId TEXT,
                    textSource TEXT,
                    textError TEXT,
                    added INTEGER NOT NULL,
                    sortDate INTEGER NOT NULL,
                    read INTEGER NOT NULL DEFAULT 0,
                    starred INTEGER NOT NULL DEFAULT 0
                );
                CREATE UNIQUE INDEX library_item_guid ON library_item(feedId, guid) WHERE guid IS NOT NULL;
                CREATE INDEX library_item_canonical ON library_item(feedId, canonicalURL) WHERE canonicalURL IS NOT NULL;
                CREATE INDEX library_item_document ON library_item(documentId) WHERE documentId IS NOT NULL;
                CREATE INDEX library_item_feed_order ON library_item(feedId, sortDate, id);
                CREATE INDEX library_item_order ON library_item(sortDate, id);
                CREATE INDEX library_item_unread ON library_item(feedId, read);
                CREATE INDEX library_item_starred ON library_item(sortDate, id) WHERE starred = 1;
                CREATE TABLE library_text (
                    documentId TEXT PRIMARY KEY NOT NULL,
                    text TEXT NOT NULL,
                    stored INTEGER NOT NULL
                );
                CREATE TABLE library_analysis (
                    documentId TEXT NOT NULL,
                    analyzerVersion TEXT NOT NULL,
                    json TEXT NOT NULL,
                    quotes INTEGER NOT NULL,
                    claims INTEGER NOT NULL,
                    stored INTEGER NOT NULL,
                    PRIMARY KEY (documentId, analyzerVersion)
                );
                """)
        }
    }
}
