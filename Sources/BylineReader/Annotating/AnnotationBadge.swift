import BylineStore

/// The gutter mark of a line that carries a stored annotation: the verdict's one-column sign
/// in the verdict's colour, or a pencil for an annotation with only a note or tags.
enum AnnotationBadge {
    static func draw(_ annotation: Annotation, x: Int, y: Int, into buffer: inout Buffer) {
        guard let verdict = annotation.verdict else {
            buffer.write("✎", x: x, y: y, maxWidth: 1, role: .claim)
            return
        }
        buffer.write(mark(verdict), x: x, y: y, maxWidth: 1, role: verdict.styleRole)
    }

    static func mark(_ verdict: Verdict) -> String {
        switch verdict {
        case .supported: return "✓"
        case .disputed: return "!"
        case .false: return "✗"
        case .misleading: return "~"
        case .unverifiable: return "?"
        case .needsContext: return "i"
        }
    }
}
