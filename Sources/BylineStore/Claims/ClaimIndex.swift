import BylineCore
import Foundation
import GRDB

/// The library's claims grouped across articles, kept in SQLite beside the library so grouping
/// is incremental: indexing an article reads only its own analysis, finds candidate claims by
/// their LSH band keys (an indexed lookup, never all pairs), verifies them
/// (`ClaimFingerprint.matches`) and joins groups by relabelling the smaller id's group. A
/// group's id is the smallest row id among its claims, so it stays put as reports arrive.
public struct ClaimIndex: Sendable {
    public let store: AnnotationStore

    public init(store: AnnotationStore) {
        self.store = store
    }

    /// What one indexing pass did.
    public struct Outcome: Sendable, Equatable {
        public var documents = 0
        public var claims = 0
        /// Claims that joined an existing group (of another claim).
        public var matched = 0
        public init() {}
    }

    /// Library texts whose cached analysis of `analyzerVersion` is not indexed yet (or was
    /// indexed from another analyser or fingerprint version), oldest stored first.
    public func pendingDocuments(analyzerVersion: String, limit: Int = 1_000) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT a.documentId FROM library_analysis a
                LEFT JOIN claim_document d ON d.documentId = a.documentId
                WHERE a.analyzerVersion = ?1 AND (d.documentId IS NULL OR d.analyzerVersion != ?1 OR d.fingerprintVersion != ?2)
                ORDER BY a.stored, a.documentId LIMIT ?3
                """, arguments: [analyzerVersion, ClaimFingerprint.version, limit])
        }
    }

    /// Library texts with no cached analysis of `analyzerVersion` at all: they must be
    /// analysed (and cached) before their claims can be indexed.
    public func unanalysedDocuments(analyzerVersion: String, limit: Int = 1_000) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT t.documentId FROM library_text t
                WHERE NOT EXISTS (SELECT 1 FROM library_analysis a WHERE a.documentId = t.documentId AND a.analyzerVersion = ?)
                ORDER BY t.stored, t.documentId LIMIT ?
                """, arguments: [analyzerVersion, limit])
        }
    }

    /// Indexes every pending cached analysis, `batch` documents to a transaction; returns what
    /// was done. Analyses that cannot be decoded are recorded as indexed with no claims.
    @discardableResult
    public func indexPending(analyzerVersion: String, batch: Int = 200) throws -> Outcome {
        var total = Outcome()
        while true {
            let ids = try pendingDocuments(analyzerVersion: analyzerVersion, limit: batch)
            if ids.isEmpty { return total }
            let library = LibraryStore(store: store)
            var analyses: [(String, Analysis?)] = []
            for id in ids {
                let json = try library.analysis(documentID: id, analyzerVersion: analyzerVersion)?.json
                analyses.append((id, json.flatMap { try? AnalysisJSON.decode($0) }))
            }
            let outcome = try index(analyses, analyzerVersion: analyzerVersion)
            total.documents += outcome.documents
            total.claims += outcome.claims
            total.matched += outcome.matched
        }
    }

    /// Indexes the claims of these analyses (replacing what an earlier version indexed of
    /// the same documents) in one transaction. Fingerprints and band keys are computed before
    /// the transaction; inside it, one query finds every stored claim sharing a band key with
    /// the batch, candidates are verified and groups joined in memory (`ClaimBatch`), and the
    /// writes are plain inserts through cached statements, band keys in key order.
    @discardableResult
    public func index(_ analyses: [(documentID: String, analysis: Analysis?)], analyzerVersion: String) throws -> Outcome {
        let now = AnnotationRow.millis(store.now())
        var latest: [String: Int] = [:]
        for (n, entry) in analyses.enumerated() { latest[entry.documentID] = n }
        let documents = analyses.enumerated().filter { latest[$0.element.documentID] == $0.offset }.map(\.element)
        var batch = ClaimBatch(documents)
        return try store.write { db in
            // The band table is a b-tree written at random keys: a larger page cache for this
            // connection keeps its pages in memory while a batch is indexed.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try Self.forget(documents.map(\.documentID), db)
            let insert = try db.cachedStatement(sql: """
                INSERT INTO claim_document (documentId, analyzerVersion, fingerprintVersion, publisher, title, published, indexed)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for (id, analysis) in documents {
                try insert.execute(arguments: [id, analyzerVersion, ClaimFingerprint.version,
                                               analysis?.document.publisher ?? analysis?.document.site, analysis?.document.title,
                                               analysis?.document.published, now])
            }
            try batch.group(db)
            try batch.write(db)
            var outcome = Outcome()
            outcome.documents = documents.count
            outcome.claims = batch.claims.count
            outcome.matched = batch.matched
            return outcome
        }
    }

    /// Drops what was indexed of these documents (an older version's claims), with one
    /// statement per table for the whole batch: the band table is keyed by band key, so
    /// removing by sentence is a scan, once per batch rather than once per document.
    private static func forget(_ documentIDs: [String], _ db: Database) throws {
        let ids = ClaimBatch.jsonArray(documentIDs)
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM claim_document WHERE documentId IN (SELECT value FROM json_each(?))",
                                arguments: [ids]) == true else { return }
        try db.execute(sql: """
            DELETE FROM claim_band WHERE sentenceId IN
                (SELECT id FROM claim_sentence WHERE documentId IN (SELECT value FROM json_each(?)))
            """, arguments: [ids])
        try db.execute(sql: "DELETE FROM claim_sentence WHERE documentId IN (SELECT value FROM json_each(?))", arguments: [ids])
        try db.execute(sql: "DELETE FROM claim_document WHERE documentId IN (SELECT value FROM json_each(?))", arguments: [ids])
    }
}
