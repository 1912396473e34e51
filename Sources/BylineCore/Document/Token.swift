/// One token of the text: a word, a number, a quotation mark or a piece of punctuation.
///
/// Offsets are Int32 to keep a five-megabyte article's token array small; `kind` lets the
/// later stages skip punctuation without looking at the text.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, quote, symbol
    }

    public let start32: Int32
    public let end32: Int32
    public let kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start32 = Int32(truncatingIfNeeded: start)
        self.end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
    }

    @inline(__always) public var start: Int { Int(start32) }
    @inline(__always) public var end: Int { Int(end32) }
    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
}

/// A sentence: its scalar range and the tokens it holds.
public struct Sentence: Hashable, Sendable {
    public let start: Int
    public let end: Int
    /// Indices into `Document.tokens`.
    public let tokens: Range<Int>
    public let paragraph: Int

    public init(start: Int, end: Int, tokens: Range<Int>, paragraph: Int) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.paragraph = paragraph
    }

    public var range: Range<Int> { start..<end }
}

/// A paragraph: a block of text between line breaks (or blank lines, for hard-wrapped text).
public struct Paragraph: Hashable, Sendable {
    public let start: Int
    public let end: Int
    /// Indices into `Document.sentences`.
    public var sentences: Range<Int>

    public init(start: Int, end: Int, sentences: Range<Int>) {
        self.start = start
        self.end = end
        self.sentences = sentences
    }

    public var range: Range<Int> { start..<end }
}
