/// The document's UTF-8 text with a sparse index from scalar offsets to byte offsets, held
/// by reference by the long spans cut from it.
///
/// Why: on dense text an analysis holds megabytes of quotations and claims that overlap,
/// and a copy of each would multiply the article's size. A long span instead points here and
/// makes its text when asked, and the JSON writer streams it straight from these bytes.
public final class SharedText: Sendable {
    public let string: String
    /// The byte offset of every `stride`-th scalar; empty when the text is ASCII, where
    /// scalar and byte offsets are the same.
    private let checkpoints: [Int]
    /// The number of scalars.
    public let count: Int

    static let stride = 64

    /// - Parameter checkpoints: the byte offset of scalar `k * stride` at index `k`, or empty
    ///   when every scalar is one byte.
    init(_ string: String, scalarCount: Int, checkpoints: [Int]) {
        var contiguous = string
        contiguous.makeContiguousUTF8()
        self.string = contiguous
        self.count = scalarCount
        self.checkpoints = checkpoints
    }

    /// The byte offset of scalar `offset` (0...count), by the nearest checkpoint and a scan of
    /// fewer than `stride` scalars.
    func utf8Offset(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if checkpoints.isEmpty { return offset }
        var i = checkpoints[offset / Self.stride]
        var n = offset % Self.stride
        while n > 0 {
            i += 1
            while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
            n -= 1
        }
        return i
    }

    /// Calls `body` with the UTF-8 bytes of scalars `start..<end`, clamped to the text.
    public func withUTF8<R>(_ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let s = max(0, min(start, count)), e = max(s, min(end, count))
        // Native strings are contiguous (made so at init), so the closure always runs.
        return try string.utf8.withContiguousStorageIfAvailable { bytes in
            let a = utf8Offset(s, in: bytes), b = utf8Offset(e, in: bytes)
            return try body(UnsafeBufferPointer(rebasing: bytes[a..<b]))
        }!
    }

    /// The text of scalars `start..<end`, clamped to the text.
    public func text(_ start: Int, _ end: Int) -> String {
        withUTF8(start, end) { String(decoding: $0, as: UTF8.self) }
    }

    /// At most the first `limit` scalars of `start..<end`: a short look at a long span.
    public func prefix(_ start: Int, _ end: Int, scalars limit: Int) -> String {
        text(start, min(end, start + max(0, limit)))
    }
}
