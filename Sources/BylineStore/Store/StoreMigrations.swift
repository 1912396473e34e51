import GRDB

/// The schema, one migration per released version, never edited once shipped: a store
/// written by any earlier byline opens and is brought forward in one transaction.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL,
                    path TEXT,
                    title TEXT,
                    length INTEGER NOT NULL,
                    firstSeen INTEGER NOT NULL
                );
                CREATE INDEX document_path ON document(path);
                CREATE TABLE annotation (
                    id TEXT PRIMARY KEY NOT NULL,
                    documentId TEXT NOT NULL,
                    verdict TEXT,
                    note TEXT NOT NULL DEFAULT '',
                    tags TEXT NOT NULL DEFAULT '[]',
                    created INTEGER NOT NULL,
                    modified INTEGER NOT NULL,
                    exact TEXT NOT NULL,
                    prefix TEXT NOT NULL,
                    suffix TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL
                );
                CREATE INDEX annotation_document ON annotation(documentId);
                """)
        }
        migrator.registerMigration("v2-undo-log") { db in
            try db.execute(sql: """
                CREATE TABLE change (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session TEXT NOT NULL,
                    annotationId TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    before TEXT,
                    at INTEGER NOT NULL
                );
                CREATE INDEX change_session ON change(session, id);
                """)
        }
        migrator.registerMigration(sourceColumns) { db in
            // Imported annotations keep the document they named (path or URL) and, when Byline's
            // own rendering would lose something, the JSON object they came as.
            try db.execute(sql: """
                ALTER TABLE annotation ADD COLUMN source TEXT;
                ALTER TABLE annotation ADD COLUMN original TEXT;
                CREATE INDEX annotation_source ON annotation(source);
                """)
        }
        LibraryMigrations.register(in: &migrator)
        PeopleMigrations.register(in: &migrator)
        ClaimMigrations.register(in: &migrator)
        return migrator
    }

    static var latest: String { ClaimMigrations.identifier }

    /// The migration that added `annotation.source` and `annotation.original`.
    static let sourceColumns = "v3-annotation-source-original"
}
