/// The document text as an array of Unicode scalars, so that every stage can index it by the
/// same scalar offsets the JSON contract uses, in O(1), without grapheme breaking.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]
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

    /// Decodes the string's UTF-8 into scalars with an ASCII fast path, noting the byte offset
    /// of every `SharedText.stride`-th scalar (none for ASCII text). Swift strings are always
    /// valid UTF-8, so no error handling is needed here.
    static func decode(_ string: String) -> (scalars: [Unicode.Scalar], checkpoints: [Int]) {
        var copy = string
        return copy.withUTF8 { bytes in
            var checkpoints = [Int](repeating: 0, count: bytes.count / SharedText.stride + 1)
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0, n = 0
                let end = bytes.count
                while i < end {
                    if n % SharedText.stride == 0 { checkpoints[n / SharedText.stride] = i }
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                }
                if n % SharedText.stride == 0 { checkpoints[n / SharedText.stride] = i }
                count = n
            }
            if scalars.count == bytes.count { return (scalars, []) }
            checkpoints.removeLast(checkpoints.count - (scalars.count / SharedText.stride + 1))
            return (scalars, checkpoints)
        }
    }

    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The text between two scalar offsets, clamped to the document.
    public func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        return ScalarText.string(scalars, s, e)
    }

    /// The string of `scalars[start..<end]` (indices must be valid). Encoded to UTF-8 by hand:
    /// appending a slice of scalars to a String runs unspecialised generic code, and this is
    /// called for every span and many tokens.
    public static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { source in
            // The exact length first: the String keeps the capacity it is made with.
            var length = 0
            for i in start..<end {
                let v = source[i].value
                length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: length) { out in
                var n = 0
                for i in start..<end {
                    let v = source[i].value
                    if v < 0x80 {
                        out[n] = UInt8(truncatingIfNeeded: v)
                        n += 1
                    } else if v < 0x800 {
                        out[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                        out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                        n += 2
                    } else if v < 0x10000 {
                        out[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                        out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                        out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                        n += 3
                    } else {
                        out[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                        out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                        out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                        out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                        n += 4
                    }
                }
                return n
            }
        }
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
