/// A borrowed, unchecked view of a `ScalarStorage` for the tightest loops (line wrapping,
/// search), in place of the unsafe buffer an array of scalars used to lend. Valid only inside
/// `ScalarStorage.withUnsafeScalars`; indices are checked in debug builds only.
public struct UnsafeScalars {
    @usableFromInline let isNarrow: Bool
    @usableFromInline let narrow: UnsafePointer<UInt8>?
    @usableFromInline let wide: UnsafePointer<UInt16>?
    /// The storage itself, for the rare scalars in its side table.
    @usableFromInline let storage: ScalarStorage
    public let count: Int

    @inlinable
    public subscript(i: Int) -> Unicode.Scalar {
        assert(i >= 0 && i < count, "scalar offset out of range")
        if isNarrow {
            let u = narrow.unsafelyUnwrapped[i]
            return u != ScalarStorage.narrowMarker ? Unicode.Scalar(u) : storage.sideScalar(at: i)
        }
        let u = wide.unsafelyUnwrapped[i]
        return u & 0xF800 != ScalarStorage.wideMarker ? ScalarStorage.bmpScalar(u) : storage.sideScalar(at: i)
    }
}

extension ScalarStorage {
    /// Calls `body` with an unchecked view of the scalars.
    public func withUnsafeScalars<R>(_ body: (UnsafeScalars) throws -> R) rethrows -> R {
        if isNarrow {
            return try narrow.withUnsafeBufferPointer {
                try body(UnsafeScalars(isNarrow: true, narrow: $0.baseAddress, wide: nil, storage: self, count: count))
            }
        }
        return try wide.withUnsafeBufferPointer {
            try body(UnsafeScalars(isNarrow: false, narrow: nil, wide: $0.baseAddress, storage: self, count: count))
        }
    }
}
