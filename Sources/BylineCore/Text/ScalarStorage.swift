/// A document's Unicode scalars, indexed by scalar offset in O(1), stored in one byte a scalar
/// when the text is (nearly all) Latin-1 and two bytes otherwise.
///
/// Why: an array of `Unicode.Scalar` costs four bytes a scalar, four times an ASCII article,
/// and was the largest single holder of memory on big texts. The scalars that do not fit the
/// units sit in a sorted side table, their unit set to a marker: in two-byte units those above
/// the Basic Multilingual Plane (emoji, historic scripts), marked by a surrogate value, which
/// no scalar has; in one-byte units the rare ones above U+00FF (curly quotes and dashes in
/// English text), marked by 0x80, a C1 control that text does not use (U+0080 itself, should
/// it occur, goes to the side table too). One-byte units are chosen when at most one scalar
/// in `narrowSideShare` needs the table.
public struct ScalarStorage: RandomAccessCollection, Sendable {
    /// One unit a scalar in the one-byte form, else empty.
    @usableFromInline let narrow: [UInt8]
    /// One unit a scalar in the two-byte form, else empty.
    @usableFromInline let wide: [UInt16]
    @usableFromInline let isNarrow: Bool
    /// The offsets of the scalars in the side table, ascending, and their values.
    @usableFromInline let sideOffsets: [Int]
    @usableFromInline let sideValues: [UInt32]

    /// The unit that stands for "look in the side table" in each form.
    @usableFromInline static let narrowMarker: UInt8 = 0x80
    @usableFromInline static let wideMarker: UInt16 = 0xD800
    /// One-byte units need at most one scalar in this many in the side table.
    static let narrowSideShare = 16

    public let count: Int

    /// The scalars of `string`.
    public init(_ string: String) {
        var copy = string
        self = copy.withUTF8 { ScalarStorage.decode($0, checkpointStride: 0).storage }
    }

    init(narrow: [UInt8], sideOffsets: [Int] = [], sideValues: [UInt32] = []) {
        self.narrow = narrow
        self.wide = []
        self.isNarrow = true
        self.sideOffsets = sideOffsets
        self.sideValues = sideValues
        self.count = narrow.count
    }

    init(wide: [UInt16], sideOffsets: [Int], sideValues: [UInt32]) {
        self.narrow = []
        self.wide = wide
        self.isNarrow = false
        self.sideOffsets = sideOffsets
        self.sideValues = sideValues
        self.count = wide.count
    }

    /// The bytes a scalar takes here: 1 or 2 (side-table entries aside).
    public var unitSize: Int { isNarrow ? 1 : 2 }

    /// How many scalars sit in the side table.
    public var sideTableCount: Int { sideOffsets.count }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable
    public subscript(i: Int) -> Unicode.Scalar {
        if isNarrow {
            let u = narrow[i]
            return u != Self.narrowMarker ? Unicode.Scalar(u) : sideScalar(at: i)
        }
        let u = wide[i]
        return u & 0xF800 != Self.wideMarker ? Self.bmpScalar(u) : sideScalar(at: i)
    }

    /// A BMP unit that is not a surrogate as its scalar. `Unicode.Scalar` is a frozen struct
    /// around its `UInt32` value, so the bit pattern is the scalar; this skips the validity
    /// check the caller has already made.
    @inlinable @inline(__always)
    static func bmpScalar(_ u: UInt16) -> Unicode.Scalar {
        unsafeBitCast(UInt32(u), to: Unicode.Scalar.self)
    }

    /// The scalar at marked offset `i`, by binary search of the side table.
    @usableFromInline
    func sideScalar(at i: Int) -> Unicode.Scalar {
        var lo = 0, hi = sideOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sideOffsets[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        precondition(lo < sideOffsets.count && sideOffsets[lo] == i, "scalar side table out of step")
        return unsafeBitCast(sideValues[lo], to: Unicode.Scalar.self)
    }

    /// Decodes UTF-8 into the narrowest storage that holds it, noting the byte offset of every
    /// `checkpointStride`-th scalar (none when the stride is 0 or the text is ASCII, where
    /// scalar and byte offsets agree). Swift strings are valid UTF-8; anything that still
    /// decodes to no scalar becomes U+FFFD.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, checkpointStride: Int) -> (storage: ScalarStorage, checkpoints: [Int]) {
        // Scalars, and those a one-byte form would put in the side table: every scalar from
        // U+0100 (lead bytes from 0xC4 on) and U+0080 (0xC2 0x80).
        // Eight ASCII bytes at a time, the rest one by one.
        var scalarCount = 0, aboveLatin1 = 0
        var isASCII = true
        var i = 0
        let end = bytes.count
        while i < end {
            if i + 8 <= end,
               UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                & 0x8080_8080_8080_8080 == 0 {
                scalarCount += 8
                i += 8
                continue
            }
            let b = bytes[i]
            if b & 0xC0 != 0x80 { scalarCount += 1 }
            if b >= 0x80 {
                isASCII = false
                if b >= 0xC4 || (b == 0x80 && bytes[i - 1] == 0xC2) { aboveLatin1 += 1 }
            }
            i += 1
        }
        if isASCII { return (ScalarStorage(narrow: Array(bytes)), []) }
        var checkpoints: [Int] = []
        if checkpointStride > 0 { checkpoints.reserveCapacity(scalarCount / checkpointStride + 1) }
        var offsets: [Int] = [], values: [UInt32] = []
        if aboveLatin1 <= scalarCount / narrowSideShare {
            offsets.reserveCapacity(aboveLatin1)
            values.reserveCapacity(aboveLatin1)
            let units = [UInt8](unsafeUninitializedCapacity: scalarCount) { out, count in
                let source = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
                let target = UnsafeMutableRawPointer(out.baseAddress.unsafelyUnwrapped)
                forEachScalar(bytes, checkpointStride, &checkpoints, ascii: { n, i in
                    target.storeBytes(of: source.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: n, as: UInt64.self)
                }) { n, v in
                    if v < 0x100 && v != UInt32(narrowMarker) {
                        out[n] = UInt8(truncatingIfNeeded: v)
                    } else {
                        out[n] = narrowMarker
                        offsets.append(n)
                        values.append(v)
                    }
                }
                count = scalarCount
            }
            return (ScalarStorage(narrow: units, sideOffsets: offsets, sideValues: values), checkpoints)
        }
        let units = [UInt16](unsafeUninitializedCapacity: scalarCount) { out, count in
            forEachScalar(bytes, checkpointStride, &checkpoints, ascii: { n, i in
                for k in 0..<8 { out[n + k] = UInt16(bytes[i + k]) }
            }) { n, v in
                if v < 0x10000 {
                    out[n] = UInt16(truncatingIfNeeded: v)
                } else {
                    out[n] = wideMarker
                    offsets.append(n)
                    values.append(v)
                }
            }
            count = scalarCount
        }
        return (ScalarStorage(wide: units, sideOffsets: offsets, sideValues: values), checkpoints)
    }

    /// Calls `emit(n, value)` for the `n`-th scalar of valid UTF-8 `bytes`, or `ascii` for a run
    /// of eight ASCII ones, and notes the byte offset of every `stride`-th scalar and of the
    /// end when it falls on one.
    @inline(__always)
    private static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ stride: Int, _ checkpoints: inout [Int],
                                      ascii: (_ n: Int, _ i: Int) -> Void, _ emit: (Int, UInt32) -> Void) {
        var i = 0, n = 0
        let end = bytes.count
        while i < end {
            if stride > 0 && n % stride == 0 { checkpoints.append(i) }
            // Eight ASCII bytes at once (`ascii(n, i)`: scalars n..<n+8 are bytes i..<i+8) when
            // no checkpoint falls inside them.
            if i + 8 <= end && (stride == 0 || n % stride <= stride - 8)
                && UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                & 0x8080_8080_8080_8080 == 0 {
                ascii(n, i)
                i += 8
                n += 8
                continue
            }
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
            if (v >= 0xD800 && v < 0xE000) || v > 0x10FFFF { v = 0xFFFD }
            emit(n, v)
            n += 1
        }
        if stride > 0 && n % stride == 0 { checkpoints.append(i) }
    }

    /// The text of scalars `start..<end` with ASCII capitals lowered, or nil when any of them
    /// is not ASCII: the attribution stage's word key, read straight from the units.
    public func lowercasedASCII(_ start: Int, _ end: Int) -> String? {
        precondition(0 <= start && start <= end && end <= count, "scalar range out of bounds")
        @inline(__always) func lowered(_ v: UInt8) -> UInt8 { v >= 0x41 && v <= 0x5A ? v | 0x20 : v }
        if isNarrow {
            return narrow.withUnsafeBufferPointer { units in
                for i in start..<end where units[i] >= 0x80 { return nil }
                return String(unsafeUninitializedCapacity: end - start) { out in
                    for i in start..<end { out[i - start] = lowered(units[i]) }
                    return end - start
                }
            }
        }
        return wide.withUnsafeBufferPointer { units in
            for i in start..<end where units[i] >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: end - start) { out in
                for i in start..<end { out[i - start] = lowered(UInt8(truncatingIfNeeded: units[i])) }
                return end - start
            }
        }
    }

    /// The UTF-8 string of scalars `start..<end` (indices must be valid). Encoded by hand:
    /// appending scalars one by one to a String runs unspecialised generic code, and this is
    /// called for every span and many tokens.
    public func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return withUnsafeScalars { scalars in
            // The exact length first: the String keeps the capacity it is made with.
            var length = 0
            for i in start..<end {
                let v = scalars[i].value
                length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: length) { out in
                var n = 0
                for i in start..<end {
                    let v = scalars[i].value
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
}
