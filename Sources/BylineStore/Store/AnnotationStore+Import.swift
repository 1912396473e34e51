import Foundation
import GRDB

/// Bringing annotations in from an export: one transaction, each change undoable.
extension AnnotationStore {
    public struct ImportSummary: Equatable, Sendable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        /// Items not imported, each with the rule it broke.
        public var skipped: [ImportIssue] = []
        /// What was corrected or kept only in the original JSON, per item.
        public var notes: [ImportIssue] = []

        public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, skipped: [ImportIssue] = [], notes: [ImportIssue] = []) {
            self.added = added
            self.updated = updated
            self.unchanged = unchanged
            self.skipped = skipped
            self.notes = notes
        }
    }

    /// Imports every item of `batch` that passes `ImportCheck` and reports the others. A
    /// document in `documents` (keyed by an item's `source` or its document id) places quotes
    /// against its text and becomes the item's document; else a path or URL the library knows
    /// does. New ids are added, known ones with other content replaced, identical ones left.
    /// With `strict`, one skipped item refuses the whole import and nothing is stored.
    @discardableResult
    public func importAnnotations(_ batch: ImportBatch, documents: [String: DocumentAtHand] = [:], strict: Bool = false) throws -> ImportSummary {
        if strict, let first = batch.skipped.first { throw StoreError.rejectedImport(item: first.item, reason: first.message) }
        let at = now()
        return try write { db in
            var summary = ImportSummary(skipped: batch.skipped)
            for item in batch.items {
                var a = item.annotation
                let atHand = a.source.flatMap { documents[$0] } ?? documents[a.documentID]
                var length: Int?
                if let atHand {
                    a.documentID = atHand.record.id
                    try Self.upsert(atHand.record, db, at: at)
                } else {
                    if let source = a.source, let known = try Self.latestDocument(path: source, db) { a.documentID = known }
                    length = try Int.fetchOne(db, sql: "SELECT length FROM document WHERE id = ?", arguments: [a.documentID])
                }
                let settled: ImportCheck.Settled
                switch ImportCheck.settle(a, text: atHand?.text, length: length) {
                case .success(let s): settled = s
                case .failure(let failure):
                    if strict { throw StoreError.rejectedImport(item: item.item, reason: failure.reason) }
                    summary.skipped.append(ImportIssue(item: item.item, message: failure.reason))
                    continue
                }
                a = settled.annotation
                summary.notes += (item.notes + settled.notes).map { ImportIssue(item: item.item, message: $0) }
                a.created = AnnotationRow.truncated(a.created)
                a.modified = AnnotationRow.truncated(a.modified)
                if let existing = try Self.fetch(a.id, db) {
                    if existing == a { summary.unchanged += 1; continue }
                    try Self.replace(a, db)
                    try self.log(.update, a.id, before: existing, db, at: at)
                    summary.updated += 1
                } else {
                    try Self.insert(a, db)
                    try self.log(.insert, a.id, before: nil, db, at: at)
                    summary.added += 1
                }
            }
            summary.skipped.sort { $0.item < $1.item }
            return summary
        }
    }

    /// Imports `annotations` all or nothing (`strict`), as Byline's own exports are.
    @discardableResult
    public func importAnnotations(_ annotations: [Annotation]) throws -> ImportSummary {
        try importAnnotations(ImportBatch(items: annotations.enumerated().map { ImportItem(item: $0.offset + 1, annotation: $0.element) }),
                              strict: true)
    }

    /// The id of the text most recently read from `path` (a file path or a URL), if any.
    static func latestDocument(path: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM document WHERE path = ? ORDER BY firstSeen DESC, rowid DESC LIMIT 1", arguments: [path])
    }
}
