#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The recogniser's weights: one row of per-tag weights for each hashed feature bucket, and
/// tag-to-tag transition weights. Feature weights are kept as 16-bit integers times `scale`,
/// exactly as the file stores them, which halves the memory each token's look-ups touch.
/// Immutable once built, so one instance serves every document and thread.
public final class EntityModel: @unchecked Sendable {
    public let tags: EntityTagSet
    public let bucketBits: Int
    /// `buckets × tags.count` quantised weights, row-major; a weight is `Float(w) * scale`.
    public let weights: [Int16]
    public let scale: Float
    /// `tags.count × tags.count` weights, [previous * count + next].
    public let transitions: [Float]
    /// The same weights in memory that may be backed by 2 MB pages: every token reads ~50
    /// random rows of this table, and with 4 KB pages most of those reads also miss the TLB.
    /// Never written after `init`, hence the unchecked `Sendable`.
    private let rows: UnsafeMutablePointer<Int16>

    public init(tags: EntityTagSet, bucketBits: Int, weights: [Int16], scale: Float, transitions: [Float]) {
        precondition(weights.count == (1 << bucketBits) * tags.count)
        precondition(transitions.count == tags.count * tags.count)
        self.tags = tags
        self.bucketBits = bucketBits
        self.weights = weights
        self.scale = scale
        self.transitions = transitions
        rows = EntityModel.hugePageCopy(weights)
    }

    deinit { free(rows) }

    private static func hugePageCopy(_ weights: [Int16]) -> UnsafeMutablePointer<Int16> {
        let hugePage = 2 << 20
        let size = max(1, (weights.count * MemoryLayout<Int16>.stride + hugePage - 1) / hugePage * hugePage)
        var raw: UnsafeMutableRawPointer? = nil
        if posix_memalign(&raw, hugePage, size) != 0 || raw == nil {
            raw = malloc(size)
        }
        guard let raw else { fatalError("out of memory for the entity model") }
        #if os(Linux)
        _ = madvise(raw, size, MADV_HUGEPAGE)
        #endif
        let rows = raw.bindMemory(to: Int16.self, capacity: size / MemoryLayout<Int16>.stride)
        weights.withUnsafeBufferPointer { w in
            if let base = w.baseAddress { rows.update(from: base, count: w.count) }
        }
        return rows
    }

    /// Quantises real-valued weights (as training produces them) to 16 bits.
    public convenience init(tags: EntityTagSet, bucketBits: Int, weights: [Float], transitions: [Float]) {
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        let q = weights.map { Int16(clamping: Int(($0 / scale).rounded())) }
        self.init(tags: tags, bucketBits: bucketBits, weights: q, scale: scale, transitions: transitions)
    }

    @inline(__always)
    public var bucketMask: UInt64 { UInt64((1 << bucketBits) - 1) }

    /// Sets `scores[offset..<offset+tags.count]` to the summed rows of `features`.
    @inline(__always)
    public func setScores(_ features: ArraySlice<UInt64>, into scores: inout [Float], at offset: Int) {
        let n = tags.count
        if n == 17 {
            setScores17(features, into: &scores, at: offset)
            return
        }
        let mask = bucketMask
        let scale = self.scale
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { acc in
            for t in 0..<n { acc[t] = 0 }
            do {
                let w = rows
                for key in features {
                    let row = Int(key & mask) * n
                    for t in 0..<n { acc[t] &+= Int32(w[row + t]) }
                }
            }
            scores.withUnsafeMutableBufferPointer { out in
                for t in 0..<n { out[offset + t] = Float(acc[t]) * scale }
            }
        }
    }

    /// The common case of four labels (17 tags): sixteen lanes at once plus the last tag.
    @inline(__always)
    private func setScores17(_ features: ArraySlice<UInt64>, into scores: inout [Float], at offset: Int) {
        let mask = bucketMask
        var acc = SIMD16<Int32>(repeating: 0)
        var last: Int32 = 0
        do {
            let w = rows
            let base = UnsafeRawPointer(w)
            for key in features {
                let row = Int(key & mask) * 17
                acc &+= SIMD16<Int32>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: row * 2, as: SIMD16<Int16>.self))
                last &+= Int32(w[row + 16])
            }
        }
        let scale = self.scale
        scores.withUnsafeMutableBufferPointer { out in
            for t in 0..<16 { out[offset + t] = Float(acc[t]) * scale }
            out[offset + 16] = Float(last) * scale
        }
    }
}
