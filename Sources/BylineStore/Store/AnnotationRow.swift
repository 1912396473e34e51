import Foundation
import GRDB

/// The mapping between `Annotation` and its table row, written out by hand so the columns
/// are exactly the migrated schema's and dates are whole milliseconds (stable round-trips).
enum AnnotationRow {
    static let columns = "id, documentId, verdict, note, tags, created, modified, exact, prefix, suffix, start, \"end\", source, original"
    /// The columns of a store older than `v3`, read without migrating it.
    static let legacyColumns = "id, documentId, verdict, note, tags, created, modified, exact, prefix, suffix, start, \"end\", NULL AS source, NULL AS original"
    static let placeholders = "?,?,?,?,?,?,?,?,?,?,?,?,?,?"

    static func decode(_ row: Row) throws -> Annotation {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else { throw StoreError.corrupt("annotation id \(idText)") }
        let verdictText: String? = row["verdict"]
        let tagsText: String = row["tags"]
        return Annotation(
            id: id,
            documentID: row["documentId"],
            verdict: verdictText.flatMap(Verdict.init(rawValue:)),
            note: row["note"],
            tags: try decodeTags(tagsText),
            created: date(row["created"]),
            modified: date(row["modified"]),
            anchor: TextAnchor(exact: row["exact"], prefix: row["prefix"], suffix: row["suffix"],
                               start: row["start"], end: row["end"]),
            source: row["source"], original: row["original"])
    }

    static func arguments(_ a: Annotation) throws -> StatementArguments {
        [a.id.uuidString, a.documentID, a.verdict?.rawValue, a.note, try encodeTags(a.tags),
         millis(a.created), millis(a.modified), a.anchor.exact, a.anchor.prefix, a.anchor.suffix,
         a.anchor.start, a.anchor.end, a.source, a.original]
    }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    /// A date as the store keeps it, so values compare equal before and after a save.
    static func truncated(_ date: Date) -> Date { self.date(millis(date)) }

    private static func encodeTags(_ tags: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
    }

    private static func decodeTags(_ text: String) throws -> [String] {
        do { return try JSONDecoder().decode([String].self, from: Data(text.utf8)) } catch {
            throw StoreError.corrupt("tags \(text)")
        }
    }
}
