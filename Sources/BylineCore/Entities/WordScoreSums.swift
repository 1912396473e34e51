/// The summed weights of a word's own features (`EntityFeatures.Parts.local`), kept while
/// one document is tagged: a word recurs many times in a document ("the", a name), and its
/// ~20 own features then cost one copy of `width` sums instead of ~20 hashes and row
/// reads each time. The sums are wrapping Int32 additions of the model's 16-bit weights,
/// so adding them in another grouping gives exactly the same scores.
///
/// Direct-mapped and of fixed size, so memory stays bounded whatever the document: a key
/// that lands on a slot held by another key takes it over, and its sums are computed anew.
struct WordScoreSums: ~Copyable {
    /// At most this many slots: 4,096 × (1 + 17) × 4 bytes, about 300 KB.
    static let maxSlots = 4_096
    private static let empty = UInt32.max

    let width: Int
    private let slotBits: Int
    /// Per slot, its key then `width` sums.
    private let storage: UnsafeMutablePointer<Int32>

    /// Room for about `keys` distinct keys (rounded up to a power of two, at most `maxSlots`)
    /// of `width` sums each.
    init(width: Int, keys: Int) {
        precondition(width > 0)
        var bits = 4
        while 1 << bits < keys && 1 << bits < WordScoreSums.maxSlots { bits += 1 }
        self.width = width
        slotBits = bits
        storage = .allocate(capacity: (1 << bits) * (1 + width))
        // Only the keys are set: a slot's sums are zeroed when a key takes it (`sums(for:)`), so
        // a short document does not pay for clearing the whole store.
        for slot in 0..<(1 << bits) { (storage + slot * (1 + width)).initialize(to: Int32(bitPattern: WordScoreSums.empty)) }
    }

    deinit { storage.deallocate() }

    var slotCount: Int { 1 << slotBits }

    /// The sums kept for `key` (any value but `UInt32.max`), and whether they were there: when
    /// not, the slot now belongs to `key` and its sums are zero, for the caller to fill in.
    @inline(__always)
    func sums(for key: UInt32) -> (sums: UnsafeMutablePointer<Int32>, found: Bool) {
        precondition(key != WordScoreSums.empty)
        let slot = Int((key &* 0x9E37_79B1) >> UInt32(32 - slotBits))
        let entry = storage + slot * (1 + width)
        let sums = entry + 1
        if UInt32(bitPattern: entry.pointee) == key { return (sums, true) }
        entry.pointee = Int32(bitPattern: key)
        sums.update(repeating: 0, count: width)
        return (sums, false)
    }
}
