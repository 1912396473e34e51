import Foundation
import GRDB

/// Bringing annotations in from an export: one transaction, each change undoable.
extension AnnotationStore {
    public struct ImportSummary: Equatable, Sendable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0

        public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
            self.added = added
            self.updated = updated
            self.unchanged = unchanged
        }
    }

    /// Adds annotations that are new, replaces those whose id exists with different content,
    /// and leaves identical ones alone. An anchor that cannot be in its document (inverted, or
    /// past the end of a document the library knows) or a NUL in a note or tag refuses the
    /// whole import: nothing is stored, and the error names the item (counted from 1, in
    /// `annotations`' order).
    @discardableResult
    public func importAnnotations(_ annotations: [Annotation]) throws -> ImportSummary {
        let at = now()
        return try write { db in
            var summary = ImportSummary()
            for (index, var a) in annotations.enumerated() {
                try Self.check(a, item: index + 1, db)
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
            return summary
        }
    }

    private static func check(_ a: Annotation, item: Int, _ db: Database) throws {
        // SQLite hands text back cut at its first NUL: refuse rather than lose what follows.
        if (a.note + a.tags.joined()).unicodeScalars.contains("\0") {
            throw StoreError.rejectedImport(item: item, reason: "a NUL character (U+0000) in the note or a tag")
        }
        let anchor = a.anchor, documentID = a.documentID
        guard anchor.start >= 0, anchor.start <= anchor.end else {
            throw StoreError.rejectedImport(item: item, reason: "position \(anchor.start)-\(anchor.end) is not a range")
        }
        let length = try Int.fetchOne(db, sql: "SELECT length FROM document WHERE id = ?", arguments: [documentID])
        if let length, anchor.end > length {
            throw StoreError.rejectedImport(
                item: item, reason: "position \(anchor.start)-\(anchor.end) is past the end of its document (\(length) characters)")
        }
    }
}
