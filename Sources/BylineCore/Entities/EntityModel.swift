/// The recogniser's weights: one row of per-tag weights for each hashed feature bucket, and
/// tag-to-tag transition weights. Immutable once loaded, so one instance serves every
/// document and thread.
public final class EntityModel: Sendable {
    public let tags: EntityTagSet
    public let bucketBits: Int
    /// `buckets × tags.count` weights, row-major.
    public let weights: [Float]
    /// `tags.count × tags.count` weights, [previous * count + next].
    public let transitions: [Float]

    public init(tags: EntityTagSet, bucketBits: Int, weights: [Float], transitions: [Float]) {
        precondition(weights.count == (1 << bucketBits) * tags.count)
        precondition(transitions.count == tags.count * tags.count)
        self.tags = tags
        self.bucketBits = bucketBits
        self.weights = weights
        self.transitions = transitions
    }

    @inline(__always)
    public var bucketMask: UInt64 { UInt64((1 << bucketBits) - 1) }

    /// Adds the rows of `features` to `scores[offset..<offset+tags.count]`.
    @inline(__always)
    public func addScores(_ features: ArraySlice<UInt64>, into scores: inout [Float], at offset: Int) {
        let n = tags.count
        let mask = bucketMask
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { out in
                for key in features {
                    let row = Int(key & mask) * n
                    for t in 0..<n { out[offset + t] += w[row + t] }
                }
            }
        }
    }
}
