import BylineCore
import Foundation
import GRDB

extension ClaimIndex {
    /// A library text with its cached analysis and where it came from, for profiles that read
    /// every article (`byline sourcing --library`).
    public struct AnalysedArticle: Sendable {
        public var documentID: String
        public var outlet: String
        public var title: String?
        public var location: String?
        public var json: String
    }

    /// Every library text with a cached analysis of `analyzerVersion`, oldest stored first.
    public func analysedArticles(analyzerVersion: String) throws -> [AnalysedArticle] {
        try store.pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.documentId, a.json FROM library_analysis a
                WHERE a.analyzerVersion = ? AND EXISTS (SELECT 1 FROM library_text t WHERE t.documentId = a.documentId)
                ORDER BY a.stored, a.documentId
                """, arguments: [analyzerVersion])
            return try rows.map { row in
                let id: String = row["documentId"]
                let origin = try Self.origin(id, db)
                return AnalysedArticle(documentID: id, outlet: origin.outlet, title: origin.title, location: origin.location,
                                       json: row["json"])
            }
        }
    }
}
