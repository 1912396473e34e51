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
    /// does. New ids are added, known ones with other content replaced, identical ones left; a
    /// second item with an id already seen in the batch is skipped. An item without a `created`
    /// is dated now (or as when it was first imported). With `strict`, every item is settled
    /// and the lowest-numbered one skipped refuses the whole import: nothing is stored.
    @discardableResult
    public func importAnnotations(_ batch: ImportBatch, documents: [String: DocumentAtHand] = [:], strict: Bool = false) throws -> ImportSummary {
        let at = now()
        return try write { db in
            var summary = ImportSummary(skipped: batch.skipped)
            var seen: [UUID: Int] = [:]
            for item in batch.items {
                var a = item.annotation
                if let first = seen[a.id] {
                    summary.skipped.append(ImportIssue(item: item.item, message: "its id repeats item \(first)'s: skipped"))
                    continue
                }
                seen[a.id] = item.item
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
                    summary.skipped.append(ImportIssue(item: item.item, message: failure.reason))
                    continue
                }
                a = settled.annotation
                var notes = item.notes + settled.notes
                if a.anchor != item.annotation.anchor { a.original = WebAnnotationWriter.corrected(original: a.original, to: a) }
                let existing = try Self.fetch(a.id, db)
                if item.undated {
                    a.created = existing?.created ?? at
                    if item.annotation.modified == item.annotation.created { a.modified = existing?.modified ?? a.created }
                    if existing == nil { notes.append("no created date: dated at this import") }
                }
                summary.notes += notes.map { ImportIssue(item: item.item, message: $0) }
                a.created = AnnotationRow.truncated(a.created)
                a.modified = AnnotationRow.truncated(a.modified)
                if let existing {
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
            if strict, let first = summary.skipped.first { throw StoreError.rejectedImport(item: first.item, reason: first.message) }
            return summary
        }
    }

    /// The id of the text most recently read from `path` (a file path or a URL), if any.
    static func latestDocument(path: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM document WHERE path = ? ORDER BY firstSeen DESC, rowid DESC LIMIT 1", arguments: [path])
    }
}
