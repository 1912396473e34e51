/// 64-bit FNV-1a hashing over scalars, so features are hashed straight from the text
/// without building a String per token. Training and inference share these functions;
/// changing one changes every feature and needs a retrained model.
public enum FeatureHash {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    public static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* prime
    }

    /// The hash of scalars `s[start..<end]`, optionally lowercased (ASCII fast path).
    @inline(__always)
    public static func scalars(_ s: ScalarStorage, _ start: Int, _ end: Int, lower: Bool) -> UInt64 {
        var h = offset
        var i = start
        while i < end {
            h = step(h, lower ? lowered(s[i]) : s[i].value)
            i += 1
        }
        return h
    }

    /// Lowercases one scalar; non-ASCII scalars use their simple lowercase mapping when it is one scalar.
    @inline(__always)
    public static func lowered(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v }
        if c.properties.isUppercase, let l = c.properties.lowercaseMapping.unicodeScalars.first { return l.value }
        return v
    }

    /// The hash of a string's scalars, lowercased or not; used to build tables from resources.
    public static func string(_ text: String, lower: Bool) -> UInt64 {
        var h = offset
        for c in text.unicodeScalars { h = step(h, lower ? lowered(c) : c.value) }
        return h
    }

    /// Mixes a feature template id with up to three value hashes into one feature key: one
    /// multiply-xorshift round per value, then a finaliser, since this runs ~50 times a token.
    @inline(__always)
    public static func combine(_ template: UInt32, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = (UInt64(template) &* 0x9E37_79B9_7F4A_7C15) ^ a
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        h ^= b
        h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB
        h ^= c
        return mix(h)
    }

    /// SplitMix64 finaliser: spreads bits so that bucket indices taken from the low bits are uniform.
    @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
