/// How an anchor was found in a text, from the most to the least certain.
public enum AnchorMethod: String, Equatable, Sendable {
    /// The quote is still at its recorded offsets.
    case position
    /// The quote was found verbatim elsewhere, chosen by its surroundings.
    case quote
    /// A close but not identical stretch was found near where the quote should be.
    case fuzzy
}

/// Where an anchor landed in a (possibly revised) text.
public struct AnchorResolution: Equatable, Sendable {
    /// Scalar offsets in the new text, end exclusive.
    public var range: Range<Int>
    public var method: AnchorMethod
    /// 1 for an exact match; for a fuzzy one, 1 minus the edit distance over the quote length.
    public var similarity: Double

    public init(range: Range<Int>, method: AnchorMethod, similarity: Double) {
        self.range = range
        self.method = method
        self.similarity = similarity
    }
}
