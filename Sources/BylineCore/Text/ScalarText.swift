/// The document text as Unicode scalars, so that every stage can index it by the same scalar
/// offsets the JSON contract uses, in O(1), without grapheme breaking.
public struct ScalarText: Sendable {
    public let scalars: ScalarStorage
    /// The UTF-8 text with its scalar index, which long spans share instead of copying.
    public let shared: SharedText

    public var string: String { shared.string }

    public init(_ string: String) {
        let (scalars, checkpoints) = ScalarText.decode(string)
        self.scalars = scalars
        self.shared = SharedText(string, scalarCount: scalars.count, checkpoints: checkpoints)
    }

    public var count: Int { scalars.count }

    /// Spans longer than this many scalars share the document's text (`SharedText`) rather
    /// than carry a copy; shorter ones, names and cues among them, keep their own.
    public static let sharedSpanLength = 64

    /// Decodes the string's UTF-8 into compact scalars, noting the byte offset of every
    /// `SharedText.stride`-th scalar (none for ASCII text).
    static func decode(_ string: String) -> (scalars: ScalarStorage, checkpoints: [Int]) {
        var copy = string
        return copy.withUTF8 { bytes in
            let (storage, checkpoints) = ScalarStorage.decode(bytes, checkpointStride: SharedText.stride)
            return (storage, checkpoints)
        }
    }

    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The text between two scalar offsets, clamped to the document.
    public func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        return ScalarText.string(scalars, s, e)
    }

    /// The string of `scalars[start..<end]` (indices must be valid).
    public static func string(_ scalars: ScalarStorage, _ start: Int, _ end: Int) -> String {
        scalars.string(start, end)
    }

    public func text(_ range: Range<Int>) -> String { text(range.lowerBound, range.upperBound) }

    /// A span with its text from the document: its own copy when short, the shared text when
    /// longer than `sharedSpanLength` scalars.
    public func span(_ start: Int, _ end: Int) -> Span {
        end - start > Self.sharedSpanLength
            ? Span(start: start, end: end, shared: shared)
            : Span(start: start, end: end, text: text(start, end))
    }

    public func span(_ range: Range<Int>) -> Span { span(range.lowerBound, range.upperBound) }
}
