import BylineCore

/// The one check every imported annotation passes before it is stored: text SQLite would cut
/// (a NUL) refuses the item; a position is kept only when it can be a range of the quote in
/// the text (its length, inside the document, the quote there when the text is at hand), is
/// otherwise dropped (the quote finds it again); with the text at hand a quote without a
/// usable position is placed where it occurs, or left unplaced (an orphan) when it does not.
enum ImportCheck {
    struct Settled {
        var annotation: Annotation
        var notes: [String]
    }

    /// - Parameters:
    ///   - text: the document's text when it was read during the import.
    ///   - length: its length in scalars when only the library knows it.
    static func settle(_ input: Annotation, text: ScalarText?, length: Int?) -> Result<Settled, ImportCheckFailure> {
        var a = input
        var notes: [String] = []
        let fields = [("note", a.note), ("tag", a.tags.joined()), ("quote", a.anchor.exact), ("prefix", a.anchor.prefix),
                      ("suffix", a.anchor.suffix), ("source", a.source ?? ""), ("document", a.documentID)]
        if let field = fields.first(where: { $0.1.unicodeScalars.contains("\0") }) {
            return .failure(ImportCheckFailure("the \(field.0) holds a NUL character (U+0000), which Byline does not store"))
        }
        let quoteLength = a.anchor.exact.unicodeScalars.count
        if quoteLength == 0 {
            guard a.anchor.start != -1 || a.anchor.end != -1 else {
                return .failure(ImportCheckFailure("the quote (TextQuoteSelector.exact) is empty and there is no position to read it from"))
            }
            guard a.anchor.start >= 0, a.anchor.start < a.anchor.end else {
                return .failure(ImportCheckFailure("the quote is empty and position \(a.anchor.start)-\(a.anchor.end) is not a range"))
            }
            guard let text else {
                return .failure(ImportCheckFailure("the quote is empty: a TextPositionSelector alone needs its document at hand"))
            }
            guard a.anchor.end <= text.count else {
                return .failure(ImportCheckFailure("the quote is empty and position \(a.anchor.start)-\(a.anchor.end) leaves the text (\(text.count) characters)"))
            }
            a.anchor = TextAnchor(range: a.anchor.range, in: text)
            notes.append("the quote was read from the document at \(a.anchor.start)-\(a.anchor.end)")
            return .success(Settled(annotation: a, notes: notes))
        }
        let anchor = a.anchor
        if anchor.start != -1 || anchor.end != -1 {
            var problem: String?
            if anchor.start < 0 || anchor.end < anchor.start {
                problem = "is not a range"
            } else if anchor.end - anchor.start != quoteLength {
                problem = "contradicts the quote (\(quoteLength) characters)"
            } else if let limit = text?.count ?? length, anchor.end > limit {
                problem = "leaves the text (\(limit) characters)"
            } else if let text, !text.scalars[anchor.start..<anchor.end].elementsEqual(anchor.exact.unicodeScalars) {
                problem = "contradicts the quote (the text there differs)"
            }
            if let problem {
                notes.append("position \(anchor.start)-\(anchor.end) \(problem): dropped")
                a.anchor = .unplaced(exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix)
            }
        }
        if let text, !a.anchor.isPlaced {
            let exactOnly = Reanchorer(minimumSimilarity: 1, maxFuzzyLength: 0)
            if let found = exactOnly.resolve(a.anchor, in: text), found.method != .fuzzy {
                a.anchor.start = found.range.lowerBound
                a.anchor.end = found.range.upperBound
                notes.append("placed by its quote at \(a.anchor.start)-\(a.anchor.end)")
            } else {
                notes.append("the quote is not in the document: listed as an orphan")
            }
        }
        return .success(Settled(annotation: a, notes: notes))
    }
}

/// Why `ImportCheck` refused an item.
struct ImportCheckFailure: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
