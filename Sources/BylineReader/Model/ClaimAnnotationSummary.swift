import BylineCore
import BylineStore

/// What the reader shows of a claim's annotation: the verdict, whether a note exists, and the
/// stored annotation itself so the editor can open it for changes. The reader only displays
/// these; the annotation store (BylineStore) finds and saves them.
public struct ClaimAnnotationSummary: Equatable, Sendable {
    public var claimID: String
    public var verdict: Verdict?
    public var hasNote: Bool
    /// The stored annotation, when the summary came from the store.
    public var annotation: Annotation?

    public init(claimID: String, verdict: Verdict?, hasNote: Bool = false, annotation: Annotation? = nil) {
        self.claimID = claimID
        self.verdict = verdict
        self.hasNote = hasNote
        self.annotation = annotation
    }

    /// The summaries of the claims that stored annotations fall on: an annotation belongs to
    /// the claim it overlaps most; the latest annotation of a claim wins.
    public static func match(_ annotations: [(range: Range<Int>, annotation: Annotation)], claims: [Claim]) -> [ClaimAnnotationSummary] {
        var best: [String: (overlap: Int, annotation: Annotation)] = [:]
        for (range, a) in annotations {
            var chosen: (Int, String)?
            for c in claims {
                let overlap = min(range.upperBound, c.span.end) - max(range.lowerBound, c.span.start)
                if overlap > 0, overlap > (chosen?.0 ?? 0) { chosen = (overlap, c.id) }
            }
            guard let (overlap, id) = chosen else { continue }
            if let current = best[id], current.annotation.modified > a.modified { continue }
            best[id] = (overlap, a)
        }
        return claims.compactMap { c in
            best[c.id].map { ClaimAnnotationSummary(claimID: c.id, verdict: $0.annotation.verdict,
                                                    hasNote: !$0.annotation.note.isEmpty, annotation: $0.annotation) }
        }
    }
}

extension Verdict {
    /// One column for the body's gutter and the claims pane.
    public var gutterMark: String {
        switch self {
        case .supported: return "✓"
        case .disputed: return "!"
        case .false: return "✗"
        case .misleading: return "~"
        case .unverifiable: return "?"
        case .needsContext: return "i"
        }
    }
}
