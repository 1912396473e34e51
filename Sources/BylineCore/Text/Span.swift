/// A stretch of the document, in Unicode scalar offsets (end exclusive), with its text.
///
/// Offsets count scalars, not bytes or grapheme clusters, because the analysis contract and its
/// consumers (Python's `text[S:E]`, the reader's index map) agree on scalars.
///
/// A short span carries its own copy of its text. A long one (see `ScalarText.span`) points at
/// the document's `SharedText` and makes its text when asked, so that overlapping quotations
/// and claims over a dense article do not each hold a copy; either way `text` is the same.
/// Changing the offsets of a shared span first gives it its own copy, so the text stays put,
/// as it does for a short span.
public struct Span: Codable, Hashable, Sendable {
    public var start: Int { willSet { ownText() } }
    public var end: Int { willSet { ownText() } }
    private var ownedText: String
    private var shared: SharedText?

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.ownedText = text
        self.shared = nil
    }

    /// A span whose text is `shared`'s scalars `start..<end`.
    public init(start: Int, end: Int, shared: SharedText) {
        self.start = start
        self.end = end
        self.ownedText = ""
        self.shared = shared
    }

    public var text: String {
        get { shared?.text(start, end) ?? ownedText }
        set {
            ownedText = newValue
            shared = nil
        }
    }

    /// Whether the text is the document's, shared, rather than a copy.
    public var isShared: Bool { shared != nil }

    /// At most the first `limit` scalars of the text, without making the whole of a long one.
    public func prefix(scalars limit: Int) -> String {
        if let shared { return shared.prefix(start, end, scalars: limit) }
        return String(String.UnicodeScalarView(ownedText.unicodeScalars.prefix(max(0, limit))))
    }

    /// Calls `body` with the text's UTF-8 bytes, without copying a shared text.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let shared { return try shared.withUTF8(start, end, body) }
        var copy = ownedText
        return try copy.withUTF8(body)
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    private mutating func ownText() {
        guard let shared else { return }
        ownedText = shared.text(start, end)
        self.shared = nil
    }

    public static func == (a: Span, b: Span) -> Bool {
        a.start == b.start && a.end == b.end && (a.shared === b.shared && a.shared != nil || a.text == b.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(text)
    }

    private enum CodingKeys: String, CodingKey { case start, end, text }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  text: try c.decode(String.self, forKey: .text))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
    }
}
