/// An open-addressing map from already-hashed 64-bit keys to small values, for the lookups the
/// recogniser makes per token (gazetteers, word classes, document casing): the keys are hashes
/// already, so no second hashing is paid, and probing stays in one flat array.
public struct HashTable64<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 31)) & UInt64(mask)) }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get {
            var i = slot(key)
            while true {
                guard let v = values[i] else { return nil }
                if keys[i] == key { return v }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(key)
            while values[i] != nil && keys[i] != key { i = (i + 1) & mask }
            if values[i] == nil { count += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) { if let v { self[k] = v } }
    }
}

extension HashTable64: Sendable where Value: Sendable {}
