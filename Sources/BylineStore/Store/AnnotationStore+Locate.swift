import BylineCore
import GRDB

/// An annotation placed in the text being read.
public struct AttachedAnnotation: Equatable, Sendable {
    public var annotation: Annotation
    public var resolution: AnchorResolution

    public init(annotation: Annotation, resolution: AnchorResolution) {
        self.annotation = annotation
        self.resolution = resolution
    }
}

/// The annotations of one text: those placed in it and those that could not be (orphans,
/// which are listed, never dropped).
public struct LocatedAnnotations: Equatable, Sendable {
    public var attached: [AttachedAnnotation]
    public var orphans: [Annotation]

    public init(attached: [AttachedAnnotation] = [], orphans: [Annotation] = []) {
        self.attached = attached
        self.orphans = orphans
    }

    /// Places `candidates` in `text`, attached ones in text order.
    public static func locate(_ candidates: [Annotation], in text: ScalarText, reanchorer: Reanchorer = Reanchorer()) -> LocatedAnnotations {
        var out = LocatedAnnotations()
        for a in candidates {
            if let r = reanchorer.resolve(a.anchor, in: text) {
                out.attached.append(AttachedAnnotation(annotation: a, resolution: r))
            } else {
                out.orphans.append(a)
            }
        }
        out.attached.sort { ($0.resolution.range.lowerBound, $0.resolution.range.upperBound, $0.annotation.created)
            < ($1.resolution.range.lowerBound, $1.resolution.range.upperBound, $1.annotation.created) }
        return out
    }
}

extension AnnotationStore {
    /// The annotations of the text `text` (id `documentID`) read from `path`: those made on
    /// this very text, those made on earlier versions read from the same path, and imported
    /// ones whose target named this path or URL, re-attached (by their quote when they came
    /// without a position).
    public func locate(in text: ScalarText, documentID: String, path: String?, reanchorer: Reanchorer = Reanchorer()) throws -> LocatedAnnotations {
        let candidates = try pool.read { db -> [Annotation] in
            var sql = "SELECT \(self.selected) FROM annotation WHERE documentId = ?"
            var args: StatementArguments = [documentID]
            if let path {
                sql += " OR documentId IN (SELECT id FROM document WHERE path = ?)"
                args += [path]
                if self.selected == AnnotationRow.columns {
                    sql += " OR source = ?"
                    args += [path]
                }
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY start, created, id", arguments: args).map(AnnotationRow.decode)
        }
        return LocatedAnnotations.locate(candidates, in: text, reanchorer: reanchorer)
    }
}
