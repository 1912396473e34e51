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
    /// the same documents) in one transaction.
    @discardableResult
    public func index(_ analyses: [(documentID: String, analysis: Analysis?)], analyzerVersion: String) throws -> Outcome {
        let now = AnnotationRow.millis(store.now())
        return try store.write { db in
            // The band table is a b-tree written at random keys: a larger page cache for this
            // connection keeps its pages in memory while a batch is indexed.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            var outcome = Outcome()
            for (id, analysis) in analyses {
                try Self.forget(id, db)
                try db.execute(sql: """
                    INSERT INTO claim_document (documentId, analyzerVersion, fingerprintVersion, publisher, title, published, indexed)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, analyzerVersion, ClaimFingerprint.version,
                                     analysis?.document.publisher ?? analysis?.document.site, analysis?.document.title,
                                     analysis?.document.published, now])
                outcome.documents += 1
                guard let analysis else { continue }
                for claim in analysis.claims {
                    guard let fingerprint = ClaimFingerprint(text: claim.span.text) else { continue }
                    let joined = try Self.add(claim, fingerprint: fingerprint, via: ClaimReport.via(of: claim, in: analysis),
                                              documentID: id, db)
                    outcome.claims += 1
                    if joined { outcome.matched += 1 }
                }
            }
            return outcome
        }
    }

    /// Inserts one claim, groups it with every verified candidate; true when it joined others.
    private static func add(_ claim: Claim, fingerprint: ClaimFingerprint, via: [String], documentID: String,
                            _ db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT INTO claim_sentence (documentId, claimId, start, "end", text, via, shingles, numbers, negated, groupId)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """).execute(arguments: [documentID, claim.id, claim.span.start, claim.span.end, claim.span.text, ClaimRows.joined(via),
                                     ClaimRows.blob(fingerprint.shingles), fingerprint.numbers.joined(separator: " "), fingerprint.negated])
        let id = db.lastInsertedRowID
        let keys = fingerprint.bandKeys.map { Int64(bitPattern: $0) }
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
        let candidates = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.id, s.groupId, s.shingles, s.numbers, s.negated FROM claim_sentence s
            WHERE s.id IN (SELECT DISTINCT sentenceId FROM claim_band WHERE key IN (\(marks))) ORDER BY s.id
            """), arguments: StatementArguments(keys))
        var groups: Set<Int64> = []
        var duplicate = false
        for row in candidates {
            let group: Int64 = row["groupId"]
            let theirs = ClaimRows.fingerprint(row)
            if theirs == fingerprint { duplicate = true }
            if groups.contains(group) { continue }
            if theirs.matches(fingerprint) { groups.insert(group) }
        }
        let target = groups.min().map { min($0, id) } ?? id
        try db.cachedStatement(sql: "UPDATE claim_sentence SET groupId = ? WHERE id = ?").execute(arguments: [target, id])
        for other in groups where other != target {
            try db.execute(sql: "UPDATE claim_sentence SET groupId = ? WHERE groupId = ?", arguments: [target, other])
        }
        // An exact duplicate stays out of the bands (see `ClaimGrouper`): copies never grow the candidates.
        if duplicate { return true }
        let values = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ",")
        var arguments: [DatabaseValueConvertible] = []
        for key in keys { arguments += [key, id] }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO claim_band (key, sentenceId) VALUES \(values)")
            .execute(arguments: StatementArguments(arguments))
        return !groups.isEmpty
    }

    /// Drops what was indexed of a document (an older version's claims).
    private static func forget(_ documentID: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM claim_document WHERE documentId = ?", arguments: [documentID]) == true else { return }
        try db.execute(sql: """
            DELETE FROM claim_band WHERE sentenceId IN (SELECT id FROM claim_sentence WHERE documentId = ?)
            """, arguments: [documentID])
        try db.execute(sql: "DELETE FROM claim_sentence WHERE documentId = ?", arguments: [documentID])
        try db.execute(sql: "DELETE FROM claim_document WHERE documentId = ?", arguments: [documentID])
    }
}
