/// A token profile's per-word values seen per token: token `k` reads the entry of its word,
/// so `profile.lower[k]` works as with a plain array while each distinct word is stored once.
public struct TokenHashes: RandomAccessCollection, Sendable {
    let typeOf: [UInt32]
    let values: [UInt64]

    public var startIndex: Int { 0 }
    public var endIndex: Int { typeOf.count }

    @inline(__always)
    public subscript(k: Int) -> UInt64 { values[Int(typeOf[k])] }

    /// Word classes (packed cluster ids) per token, stored per distinct word likewise.
    public struct Clusters: RandomAccessCollection, Sendable {
        let typeOf: [UInt32]
        let values: [UInt32]

        public var startIndex: Int { 0 }
        public var endIndex: Int { typeOf.count }

        @inline(__always)
        public subscript(k: Int) -> UInt32 { values[Int(typeOf[k])] }
    }
}

/// A token's flags: those of its word (case, letters, digits, casing elsewhere in the
/// document) with those of its place (sentence start, headline).
public struct TokenFlags: RandomAccessCollection, Sendable {
    let typeOf: [UInt32]
    let typeFlags: [TokenProfile.Flags]
    let placeFlags: [TokenProfile.Flags]

    public var startIndex: Int { 0 }
    public var endIndex: Int { typeOf.count }

    @inline(__always)
    public subscript(k: Int) -> TokenProfile.Flags { typeFlags[Int(typeOf[k])].union(placeFlags[k]) }
}

/// Gazetteer bits indexed as `[4 * token + position]` (positions: begin, inside, last,
/// unit); only tokens that some entry covers have a row.
public struct TokenGazetteer: RandomAccessCollection, Sendable {
    let rowOf: [UInt32]
    let rows: [UInt16]

    public var startIndex: Int { 0 }
    public var endIndex: Int { 4 * rowOf.count }

    @inline(__always)
    public subscript(i: Int) -> UInt16 { rows[Int(rowOf[i >> 2]) * 4 + i & 3] }
}

/// Any per-word column of a token profile seen per token, like `TokenHashes`.
struct WordColumn<Value>: RandomAccessCollection {
    let typeOf: [UInt32]
    let values: [Value]

    var startIndex: Int { 0 }
    var endIndex: Int { typeOf.count }

    @inline(__always)
    subscript(k: Int) -> Value { values[Int(typeOf[k])] }
}
