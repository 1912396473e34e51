/// Distributional word classes (a coarse-to-fine hierarchy of cluster ids per word), learnt
/// from unlabelled news text by `scripts/clusters/make.py`. Words unseen in the small labelled
/// data still share weights with the words they behave like.
public struct WordClusters: Sendable {
    public static let levels = 3

    /// Lowercased word hash → cluster ids, coarse to fine, packed 10 bits each (+1, so 0 means none).
    private var table = HashTable64<UInt32>()

    public init() {}

    /// Parses lines "word<TAB>coarse<TAB>middle<TAB>fine".
    public init(text: String) {
        // Sized to the entries: a sparser table only spreads the lookups over more cache lines.
        table = HashTable64<UInt32>(capacity: text.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + 1)
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 1 + WordClusters.levels else { continue }
            var packed: UInt32 = 0
            for k in 0..<WordClusters.levels {
                guard let id = UInt32(parts[1 + k]), id < 1023 else { continue }
                packed |= (id + 1) << (10 * UInt32(k))
            }
            table[FeatureHash.string(String(parts[0]), lower: true)] = packed
        }
    }

    public var count: Int { table.count }

    /// Packed ids for a lowercased word hash, 0 when the word has none.
    @inline(__always)
    public func packed(_ lowerHash: UInt64) -> UInt32 { table[lowerHash] ?? 0 }

    /// Cluster id at `level` (0 = coarse) from a packed value; 0 means none.
    @inline(__always)
    public static func id(_ packed: UInt32, level: Int) -> UInt64 { UInt64((packed >> (10 * UInt32(level))) & 0x3FF) }
}
