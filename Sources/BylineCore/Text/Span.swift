/// A stretch of the document, in Unicode scalar offsets (end exclusive), carrying its own text.
///
/// Offsets count scalars, not bytes or grapheme clusters, because the analysis contract and its
/// consumers (Python's `text[S:E]`, the reader's index map) agree on scalars.
public struct Span: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
}
