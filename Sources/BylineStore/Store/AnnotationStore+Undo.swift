import Foundation
import GRDB

/// The undo log: each change records the annotation as it was before, so `u` in the reader
/// (or `byline annotations undo`) can put it back, across restarts.
extension AnnotationStore {
    enum ChangeKind: String { case insert, update, delete }

    /// Which changes `undo` may take back.
    public enum UndoScope: Sendable {
        /// Only changes made through this store instance.
        case session
        /// The last change made by anyone.
        case anySession
    }

    /// What an undo did, for the status line.
    public enum UndoResult: Equatable, Sendable {
        /// A new annotation was removed again.
        case removed(Annotation)
        /// An edited or deleted annotation is back as it was.
        case restored(Annotation)
    }

    /// Takes back the last change; nil when there is nothing left to undo.
    @discardableResult
    public func undo(scope: UndoScope = .session) throws -> UndoResult? {
        try write { db in
            let row: Row?
            switch scope {
            case .session:
                row = try Row.fetchOne(db, sql: "SELECT * FROM change WHERE session = ? ORDER BY id DESC LIMIT 1",
                                       arguments: [self.session.uuidString])
            case .anySession:
                row = try Row.fetchOne(db, sql: "SELECT * FROM change ORDER BY id DESC LIMIT 1")
            }
            guard let row else { return nil }
            let changeID: Int64 = row["id"]
            let idText: String = row["annotationId"]
            let beforeText: String? = row["before"]
            try db.execute(sql: "DELETE FROM change WHERE id = ?", arguments: [changeID])
            if let beforeText {
                let before = try Self.decodeSnapshot(beforeText)
                try Self.replace(before, db)
                return .restored(before)
            }
            guard let id = UUID(uuidString: idText), let current = try Self.fetch(id, db) else { return nil }
            try db.execute(sql: "DELETE FROM annotation WHERE id = ?", arguments: [idText])
            return .removed(current)
        }
    }

    /// How many changes `undo()` could still take back in this session.
    public func undoDepth() throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change WHERE session = ?", arguments: [self.session.uuidString]) ?? 0
        }
    }

    func log(_ kind: ChangeKind, _ id: UUID, before: Annotation?, _ db: Database, at: Date) throws {
        try db.execute(sql: "INSERT INTO change (session, annotationId, kind, before, at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [session.uuidString, id.uuidString, kind.rawValue,
                                   try before.map(Self.encodeSnapshot), AnnotationRow.millis(at)])
        // The log keeps the last thousand changes; older ones can no longer be undone.
        try db.execute(sql: "DELETE FROM change WHERE id <= (SELECT MAX(id) FROM change) - 1000")
    }

    static func encodeSnapshot(_ a: Annotation) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(a), as: UTF8.self)
    }

    static func decodeSnapshot(_ text: String) throws -> Annotation {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        do { return try decoder.decode(Annotation.self, from: Data(text.utf8)) } catch {
            throw StoreError.corrupt("undo snapshot")
        }
    }
}
