import GRDB

/// The claim index's tables, by a migration of their own ("library-3-claims") registered after
/// the library's: claims of library articles with their fingerprints, grouped across articles,
/// and the LSH band keys that find a new claim's candidates without reading the library.
/// Never edited once shipped; a change is a new migration.
enum ClaimMigrations {
    static let identifier = "library-3-claims"

    /// Tables this migration creates, which a store may hold.
    static let tables: Set<String> = ["claim_document", "claim_sentence", "claim_band"]

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration(identifier) { db in
            try db.execute(sql: """
                CREATE TABLE claim_document (
                    documentId TEXT PRIMARY KEY NOT NULL,
                    analyzerVersion TEXT NOT NULL,
                    fingerprintVersion TEXT NOT NULL,
                    publisher TEXT,
                    title TEXT,
                    published TEXT,
                    indexed INTEGER NOT NULL
                );
                CREATE TABLE claim_sentence (
                    id INTEGER PRIMARY KEY,
                    documentId TEXT NOT NULL,
                    claimId TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    via TEXT NOT NULL DEFAULT '',
                    shingles BLOB NOT NULL,
                    numbers TEXT NOT NULL DEFAULT '',
                    negated INTEGER NOT NULL DEFAULT 0,
                    groupId INTEGER NOT NULL
                );
                CREATE INDEX claim_sentence_document ON claim_sentence(documentId, start);
                CREATE INDEX claim_sentence_group ON claim_sentence(groupId);
                CREATE TABLE claim_band (
                    key INTEGER NOT NULL,
                    sentenceId INTEGER NOT NULL,
                    PRIMARY KEY (key, sentenceId)
                ) WITHOUT ROWID;
                """)
        }
    }
}
