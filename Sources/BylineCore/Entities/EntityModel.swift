import Glibc

/// The recogniser's weights: one row of per-tag weights for each hashed feature bucket, and
/// tag-to-tag transition weights. Feature weights are kept as 16-bit integers times `scale`,
/// exactly as the file stores them, which halves the memory each token's look-ups touch.
/// Most buckets hold no weight at all (about 61,000 of 262,144 in the bundled model), so
/// rows are stored once each behind a bucket → row index, with row 0 all zeros: 3 MB in
/// place of a 9 MB flat table. Immutable once built, so one instance serves every document
/// and thread.
public final class EntityModel: @unchecked Sendable {
    public let tags: EntityTagSet
    public let bucketBits: Int
    public let scale: Float
    /// `tags.count × tags.count` weights, [previous * count + next].
    public let transitions: [Float]
    /// Distinct non-zero rows, row 0 being the zero row.
    public let rowCount: Int
    /// The index (`1 << bucketBits` UInt32s) and then the rows (`rowCount × tags.count`
    /// Int16s), in memory that may be backed by 2 MB pages: every token reads ~50 random
    /// rows, and with 4 KB pages most of those reads also miss the TLB. Never written after
    /// `init`, hence the unchecked `Sendable`.
    private let block: UnsafeMutableRawPointer
    private let rowOf: UnsafePointer<UInt32>
    private let rows: UnsafePointer<Int16>

    /// `rowOf[bucket]` is the bucket's row in `rows` (0 for none); `rows` starts with a zero row.
    init(tags: EntityTagSet, bucketBits: Int, rowOf: [UInt32], rows: [Int16], scale: Float, transitions: [Float]) {
        precondition(rowOf.count == 1 << bucketBits)
        precondition(rows.count % tags.count == 0 && rows.count >= tags.count && rows[..<tags.count].allSatisfy { $0 == 0 })
        precondition(transitions.count == tags.count * tags.count)
        self.tags = tags
        self.bucketBits = bucketBits
        self.scale = scale
        self.transitions = transitions
        rowCount = rows.count / tags.count
        let indexBytes = rowOf.count * MemoryLayout<UInt32>.stride
        block = EntityModel.hugePageBlock(bytes: indexBytes + rows.count * MemoryLayout<Int16>.stride)
        let index = block.bindMemory(to: UInt32.self, capacity: rowOf.count)
        rowOf.withUnsafeBufferPointer { index.update(from: $0.baseAddress!, count: $0.count) }
        let table = (block + indexBytes).bindMemory(to: Int16.self, capacity: rows.count)
        rows.withUnsafeBufferPointer { table.update(from: $0.baseAddress!, count: $0.count) }
        self.rowOf = UnsafePointer(index)
        self.rows = UnsafePointer(table)
    }

    /// Builds the model from a flat `buckets × tags.count` table of quantised weights.
    public convenience init(tags: EntityTagSet, bucketBits: Int, weights: [Int16], scale: Float, transitions: [Float]) {
        precondition(weights.count == (1 << bucketBits) * tags.count)
        let n = tags.count
        var rowOf = [UInt32](repeating: 0, count: 1 << bucketBits)
        var rows = [Int16](repeating: 0, count: n)
        for bucket in 0..<(1 << bucketBits) {
            let row = weights[(bucket * n)..<(bucket * n + n)]
            guard row.contains(where: { $0 != 0 }) else { continue }
            rowOf[bucket] = UInt32(rows.count / n)
            rows.append(contentsOf: row)
        }
        self.init(tags: tags, bucketBits: bucketBits, rowOf: rowOf, rows: rows, scale: scale, transitions: transitions)
    }

    deinit { free(block) }

    /// The flat `buckets × tags.count` table, rebuilt on demand (for saving and tests).
    public var weights: [Int16] {
        let n = tags.count
        var flat = [Int16](repeating: 0, count: (1 << bucketBits) * n)
        for bucket in 0..<(1 << bucketBits) where rowOf[bucket] != 0 {
            let row = Int(rowOf[bucket]) * n
            for t in 0..<n { flat[bucket * n + t] = rows[row + t] }
        }
        return flat
    }

    private static func hugePageBlock(bytes: Int) -> UnsafeMutableRawPointer {
        let hugePage = 2 << 20
        let size = max(1, (bytes + hugePage - 1) / hugePage * hugePage)
        var raw: UnsafeMutableRawPointer? = nil
        if posix_memalign(&raw, hugePage, size) != 0 || raw == nil {
            raw = malloc(size)
        }
        guard let raw else { fatalError("out of memory for the entity model") }
        _ = madvise(raw, size, MADV_HUGEPAGE)
        return raw
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
    public func setScores(_ features: ArraySlice<UInt64>, into scores: inout [Float], at offset: Int) {
        features.withUnsafeBufferPointer { setScores($0, into: &scores, at: offset) }
    }

    /// Sets `scores[offset..<offset+tags.count]` to the summed rows of `features`.
    @inline(__always)
    public func setScores(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float], at offset: Int) {
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
                let w = rows, index = rowOf
                for key in features {
                    let row = Int(index[Int(key & mask)]) * n
                    for t in 0..<n { acc[t] &+= Int32(w[row + t]) }
                }
            }
            scores.withUnsafeMutableBufferPointer { out in
                for t in 0..<n { out[offset + t] = Float(acc[t]) * scale }
            }
        }
    }

    /// The common case of four labels (17 tags): sixteen lanes at once plus the last tag.
    /// The sixteen Int16 weights are read as eight Int32 pairs and sign-extended with shifts
    /// (even tags from the low halves, odd from the high, as on every little-endian platform
    /// Byline builds for): the generic widening conversion
    /// is an out-of-line call per row, which spills the sums and keeps fewer row loads in
    /// flight. Same integer sums, same scores.
    @inline(__always)
    private func setScores17(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float], at offset: Int) {
        let mask = bucketMask
        var even = SIMD8<Int32>(repeating: 0), odd = SIMD8<Int32>(repeating: 0)
        var last: Int32 = 0
        do {
            let index = rowOf
            let base = UnsafeRawPointer(rows)
            for key in features {
                let row = Int(index[Int(key & mask)]) * 34
                let pairs = base.loadUnaligned(fromByteOffset: row, as: SIMD8<Int32>.self)
                even &+= (pairs &<< 16) &>> 16
                odd &+= pairs &>> 16
                last &+= Int32(base.loadUnaligned(fromByteOffset: row + 32, as: Int16.self))
            }
        }
        let scale = self.scale
        scores.withUnsafeMutableBufferPointer { out in
            for j in 0..<8 {
                out[offset + 2 * j] = Float(even[j]) * scale
                out[offset + 2 * j + 1] = Float(odd[j]) * scale
            }
            out[offset + 16] = Float(last) * scale
        }
    }
}
