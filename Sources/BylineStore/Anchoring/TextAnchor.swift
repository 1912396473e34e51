import BylineCore

/// Where an annotation stands, told twice as the W3C Web Annotation model does: by the quoted
/// text with its surroundings (TextQuoteSelector), which survives edits elsewhere, and by
/// scalar offsets (TextPositionSelector), which is exact and fast while the text is unchanged.
public struct TextAnchor: Equatable, Hashable, Sendable, Codable {
    /// Scalars of context kept on each side of the quote.
    public static let contextLength = 32

    public var exact: String
    public var prefix: String
    public var suffix: String
    /// Scalar offsets, end exclusive.
    public var start: Int
    public var end: Int

    public init(exact: String, prefix: String, suffix: String, start: Int, end: Int) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
    }

    /// The anchor of `range` (scalar offsets, clamped) in `text`.
    public init(range: Range<Int>, in text: ScalarText) {
        let s = max(0, min(range.lowerBound, text.count))
        let e = max(s, min(range.upperBound, text.count))
        self.init(exact: text.text(s, e),
                  prefix: text.text(max(0, s - Self.contextLength), s),
                  suffix: text.text(e, min(text.count, e + Self.contextLength)),
                  start: s, end: e)
    }

    public var range: Range<Int> { start..<end }

    /// A quote whose position is not known (an import whose document was not at hand, or
    /// whose position contradicted the quote): offsets -1, found again by the quote alone.
    public static func unplaced(exact: String, prefix: String, suffix: String) -> TextAnchor {
        TextAnchor(exact: exact, prefix: prefix, suffix: suffix, start: -1, end: -1)
    }

    /// True when the offsets are a range in some text (not `unplaced`).
    public var isPlaced: Bool { start >= 0 && end >= start }
}
