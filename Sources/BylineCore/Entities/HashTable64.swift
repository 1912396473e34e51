/// An open-addressing map from already-hashed 64-bit keys to small values, for the lookups the
/// recogniser makes per token (gazetteers, word classes, document casing): the keys are hashes
/// already, so no second hashing is paid, and probing stays in one flat array. Each slot holds
/// its key beside its value, so a probe costs one cache line where two arrays cost two: the
/// word-class and gazetteer tables are too large for the cache, and these misses are most of
/// what building a token profile costs.
public struct HashTable64<Value> {
    fileprivate struct Slot {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 31)) & UInt64(mask)) }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get {
            slots.withUnsafeBufferPointer { slots in
                var i = slot(key)
                while true {
                    guard let v = slots[i].value else { return nil }
                    if slots[i].key == key { return v }
                    i = (i + 1) & mask
                }
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > slots.count { grow() }
            var i = slot(key)
            while slots[i].value != nil && slots[i].key != key { i = (i + 1) & mask }
            if slots[i].value == nil { count += 1 }
            slots[i] = Slot(key: key, value: newValue)
        }
    }

    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old { if let v = s.value { self[s.key] = v } }
    }
}

extension HashTable64: Sendable where Value: Sendable {}
extension HashTable64.Slot: Sendable where Value: Sendable {}
