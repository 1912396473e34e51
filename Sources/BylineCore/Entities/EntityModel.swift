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
    /// The index (one row number per bucket) and then the rows, in memory that may be backed
    /// by 2 MB pages: every token reads ~50 random rows, and with 4 KB pages most of those
    /// reads also miss the TLB. Never written after `init`, hence the unchecked `Sendable`.
    ///
    /// Row numbers are 16-bit when the rows are few enough (the bundled model's are), which
    /// halves the index. With four labels (17 tags) each row's first sixteen weights are
    /// stored 32-byte aligned, so that a row is one cache line where a 34-byte stride split
    /// every other row over two, and the seventeenth weights stand apart in a small column.
    private let block: UnsafeMutableRawPointer
    private let rowOf16: UnsafePointer<UInt16>?
    private let rowOf32: UnsafePointer<UInt32>?
    /// All `tags.count` weights of each row, when not 17 tags.
    private let rows: UnsafePointer<Int16>?
    /// With 17 tags: the first sixteen weights of each row (32 bytes a row), and the last.
    private let lanes: UnsafeRawPointer?
    private let lastTag: UnsafePointer<Int16>?

    /// `rowOf[bucket]` is the bucket's row in `rows` (0 for none); `rows` starts with a zero row.
    init(tags: EntityTagSet, bucketBits: Int, rowOf: [UInt32], rows: [Int16], scale: Float, transitions: [Float]) {
        precondition(rowOf.count == 1 << bucketBits)
        precondition(rows.count % tags.count == 0 && rows.count >= tags.count && rows[..<tags.count].allSatisfy { $0 == 0 })
        precondition(transitions.count == tags.count * tags.count)
        self.tags = tags
        self.bucketBits = bucketBits
        self.scale = scale
        self.transitions = transitions
        let n = tags.count
        rowCount = rows.count / n
        let narrow = rowCount <= Int(UInt16.max) + 1
        let indexBytes = (rowOf.count * (narrow ? 2 : 4) + 63) / 64 * 64
        let split = n == 17
        let rowBytes = split ? rowCount * 32 + rowCount * 2 : rows.count * 2
        block = EntityModel.hugePageBlock(bytes: indexBytes + rowBytes)
        if narrow {
            let index = block.bindMemory(to: UInt16.self, capacity: rowOf.count)
            for (bucket, row) in rowOf.enumerated() { index[bucket] = UInt16(row) }
            rowOf16 = UnsafePointer(index)
            rowOf32 = nil
        } else {
            let index = block.bindMemory(to: UInt32.self, capacity: rowOf.count)
            rowOf.withUnsafeBufferPointer { index.update(from: $0.baseAddress!, count: $0.count) }
            rowOf16 = nil
            rowOf32 = UnsafePointer(index)
        }
        if split {
            let lanes = (block + indexBytes).bindMemory(to: Int16.self, capacity: rowCount * 16)
            let last = (block + indexBytes + rowCount * 32).bindMemory(to: Int16.self, capacity: rowCount)
            for row in 0..<rowCount {
                for t in 0..<16 { lanes[row * 16 + t] = rows[row * 17 + t] }
                last[row] = rows[row * 17 + 16]
            }
            self.lanes = UnsafeRawPointer(lanes)
            lastTag = UnsafePointer(last)
            self.rows = nil
        } else {
            let table = (block + indexBytes).bindMemory(to: Int16.self, capacity: rows.count)
            rows.withUnsafeBufferPointer { table.update(from: $0.baseAddress!, count: $0.count) }
            self.rows = UnsafePointer(table)
            lanes = nil
            lastTag = nil
        }
    }

    /// The row of `bucket` (0 for none).
    @inline(__always)
    private func row(ofBucket bucket: Int) -> Int {
        if let rowOf16 { return Int(rowOf16[bucket]) }
        return Int(rowOf32.unsafelyUnwrapped[bucket])
    }

    /// Weight `t` of row `row`.
    @inline(__always)
    private func weight(row: Int, tag t: Int) -> Int16 {
        if let rows { return rows[row * tags.count + t] }
        if t < 16 { return lanes.unsafelyUnwrapped.load(fromByteOffset: row * 32 + 2 * t, as: Int16.self) }
        return lastTag.unsafelyUnwrapped[row]
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
        for bucket in 0..<(1 << bucketBits) {
            let row = row(ofBucket: bucket)
            guard row != 0 else { continue }
            for t in 0..<n { flat[bucket * n + t] = weight(row: row, tag: t) }
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
    public func setScores(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float], at offset: Int) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tags.count) { sums in
            let sums = sums.baseAddress!
            sums.initialize(repeating: 0, count: tags.count)
            addRows(features, to: sums)
            setScores(sums: sums, into: &scores, at: offset)
        }
    }

    /// Adds the rows of `features` to `sums`, `tags.count` integer sums in the model's own
    /// order (see `addRows17`), which `setScores(sums:into:at:)` turns into scores. Integer
    /// sums do not depend on the order or grouping of the additions, so part of a token's
    /// rows may be summed once and reused (`WordScoreSums`) with the very same scores.
    @inline(__always)
    func addRows(_ features: UnsafeBufferPointer<UInt64>, to sums: UnsafeMutablePointer<Int32>) {
        let n = tags.count
        if n == 17 {
            if let rowOf16 { addRows17(features, to: sums, index: rowOf16) } else { addRows17(features, to: sums, index: rowOf32.unsafelyUnwrapped) }
            return
        }
        let mask = bucketMask
        let w = rows.unsafelyUnwrapped
        for key in features {
            let row = row(ofBucket: Int(key & mask)) * n
            for t in 0..<n { sums[t] &+= Int32(w[row + t]) }
        }
    }

    /// Sets `scores[offset..<offset+tags.count]` to `sums` (from `addRows`) times the scale.
    @inline(__always)
    func setScores(sums: UnsafePointer<Int32>, into scores: inout [Float], at offset: Int) {
        let n = tags.count, scale = self.scale
        scores.withUnsafeMutableBufferPointer { out in
            if n == 17 {
                for j in 0..<8 {
                    out[offset + 2 * j] = Float(sums[j]) * scale
                    out[offset + 2 * j + 1] = Float(sums[8 + j]) * scale
                }
                out[offset + 16] = Float(sums[16]) * scale
            } else {
                for t in 0..<n { out[offset + t] = Float(sums[t]) * scale }
            }
        }
    }

    /// The common case of four labels (17 tags): sixteen lanes at once plus the last tag,
    /// kept as the even tags' sums, the odd tags' sums, then the last tag's.
    /// The sixteen Int16 weights are read as eight Int32 pairs and sign-extended with shifts
    /// (even tags from the low halves, odd from the high, as on every little-endian platform
    /// Byline builds for): the generic widening conversion
    /// is an out-of-line call per row, which spills the sums and keeps fewer row loads in
    /// flight. Same integer sums, same scores.
    @inline(__always)
    private func addRows17<Row: FixedWidthInteger>(_ features: UnsafeBufferPointer<UInt64>, to sums: UnsafeMutablePointer<Int32>,
                                                   index: UnsafePointer<Row>) {
        let mask = bucketMask
        let acc = UnsafeMutableRawPointer(sums)
        var even = acc.loadUnaligned(as: SIMD8<Int32>.self)
        var odd = acc.loadUnaligned(fromByteOffset: 32, as: SIMD8<Int32>.self)
        var last = sums[16]
        let base = lanes.unsafelyUnwrapped, lastTag = lastTag.unsafelyUnwrapped
        for key in features {
            let row = Int(index[Int(key & mask)])
            let pairs = base.loadUnaligned(fromByteOffset: row &* 32, as: SIMD8<Int32>.self)
            even &+= (pairs &<< 16) &>> 16
            odd &+= pairs &>> 16
            last &+= Int32(lastTag[row])
        }
        acc.storeBytes(of: even, as: SIMD8<Int32>.self)
        acc.storeBytes(of: odd, toByteOffset: 32, as: SIMD8<Int32>.self)
        sums[16] = last
    }
}
