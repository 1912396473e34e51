/// Where a token's features go: an array when training, the tagger's fixed buffer when
/// tagging. `EntityFeatures.extract` writes through this, so both get the same features.
public protocol FeatureSink {
    mutating func append(_ feature: UInt64)
}

extension Array: FeatureSink where Element == UInt64 {}

/// One token's features in a block the tagger reuses token after token: appending is a
/// store and an increment, without the array's capacity and uniqueness checks, on the
/// ~50 features of each of the document's tokens.
struct FeatureBuffer: FeatureSink {
    /// More than a token can have: 35 single templates, two per gazetteer list and position
    /// (at most 16 lists × 4 positions × 2) and one per list for each neighbour (16 × 2).
    static let capacity = 256

    private let base: UnsafeMutablePointer<UInt64>
    private(set) var count = 0

    /// A buffer over `block`, which must hold `capacity` features and outlive the buffer.
    init(_ block: UnsafeMutableBufferPointer<UInt64>) {
        precondition(block.count >= Self.capacity)
        base = block.baseAddress!
    }

    @inline(__always)
    mutating func append(_ feature: UInt64) {
        precondition(count < Self.capacity)
        base[count] = feature
        count += 1
    }

    @inline(__always)
    mutating func removeAll() { count = 0 }

    var features: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }
}
