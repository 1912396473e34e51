/// A map from well-mixed 64-bit keys (LSH band keys, word hashes) to small integers, by open
/// addressing in two flat arrays: no per-lookup `Hasher` as `Dictionary<UInt64, _>` runs, since
/// the keys are hashes already. Grows at half full, so a probe run stays short.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var used: [Bool]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        used = Array(repeating: false, count: size)
        mask = size - 1
    }

    init(_ pairs: [(UInt64, Int32)]) {
        self.init(capacity: pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(key: UInt64) -> Int32? {
        get {
            var i = Self.slot(key, mask)
            while used[i] {
                if keys[i] == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let value = newValue else { preconditionFailure("KeyTable never removes a key") }
            var i = Self.slot(key, mask)
            while used[i] {
                if keys[i] == key {
                    values[i] = value
                    return
                }
                i = (i + 1) & mask
            }
            keys[i] = key
            values[i] = value
            used[i] = true
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let old = (keys, values, used)
        self = KeyTable(capacity: old.0.count)
        for i in old.0.indices where old.2[i] { self[old.0[i]] = old.1[i] }
    }
}
