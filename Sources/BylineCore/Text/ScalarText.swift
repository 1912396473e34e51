/// The document text as an array of Unicode scalars, so that every stage can index it by the
/// same scalar offsets the JSON contract uses, in O(1), without grapheme breaking.
public struct ScalarText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(string.utf8.count)
        scalars.append(contentsOf: string.unicodeScalars)
        self.scalars = scalars
    }

    public var count: Int { scalars.count }

    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The text between two scalar offsets, clamped to the document.
    public func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[s..<e])
        return String(view)
    }

    public func text(_ range: Range<Int>) -> String { text(range.lowerBound, range.upperBound) }

    /// A span with its text filled in from the document.
    public func span(_ start: Int, _ end: Int) -> Span { Span(start: start, end: end, text: text(start, end)) }

    public func span(_ range: Range<Int>) -> Span { span(range.lowerBound, range.upperBound) }
}
