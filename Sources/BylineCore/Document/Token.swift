/// One token of the text: a word, a number, a quotation mark or a piece of punctuation.
///
/// Eight bytes, as a five-megabyte article has a million tokens: the start offset, and the
/// end offset with the `kind` in its top three bits. Offsets must stay below
/// `Token.maxOffset` (2^29 scalars), which `ArticleLoader.maxBytesLimit` guarantees for
/// loaded text; `kind` lets the later stages skip punctuation without looking at the text.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, quote, symbol
    }

    /// Offsets at or above this do not fit.
    public static let maxOffset = 1 << 29

    private let start32: UInt32
    /// The end offset in the low 29 bits, the kind in the top 3.
    private let endAndKind: UInt32

    public init(start: Int, end: Int, kind: Kind) {
        self.start32 = UInt32(truncatingIfNeeded: start)
        self.endAndKind = UInt32(truncatingIfNeeded: end) & 0x1FFF_FFFF | UInt32(kind.rawValue) << 29
    }

    @inline(__always) public var start: Int { Int(start32) }
    @inline(__always) public var end: Int { Int(endAndKind & 0x1FFF_FFFF) }
    @inline(__always) public var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: endAndKind >> 29))! }
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
