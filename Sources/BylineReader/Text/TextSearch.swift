import BylineCore

/// Case-insensitive search over the raw scalars. Runs on the model text, never on drawn cells,
/// so matches are scalar ranges that map straight to the body's lines.
public enum TextSearch {
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v >= 0x41 && v <= 0x5A { return v | 0x20 }
        if v < 0x80 { return v }
        return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
    }

    /// The first match of `query` starting at or after `from` (forward) or before `from`
    /// (backward), wrapping around the text once. `wrapped` tells whether it went round.
    public static func find(_ query: String, in text: ScalarStorage, from: Int, forward: Bool)
        -> (range: Range<Int>, wrapped: Bool)? {
        let q = query.unicodeScalars.map(fold)
        guard !q.isEmpty, q.count <= text.count else { return nil }
        let last = text.count - q.count
        let start = max(0, min(from, last + 1))
        return text.withUnsafeScalars { t -> (Range<Int>, Bool)? in
            func matches(_ i: Int) -> Bool {
                for k in 0..<q.count where fold(t[i + k]) != q[k] { return false }
                return true
            }
            if forward {
                var i = start
                while i <= last { if matches(i) { return (i..<i + q.count, false) }; i += 1 }
                i = 0
                while i < min(start, last + 1) { if matches(i) { return (i..<i + q.count, true) }; i += 1 }
            } else {
                var i = min(start - 1, last)
                while i >= 0 { if matches(i) { return (i..<i + q.count, false) }; i -= 1 }
                i = last
                while i >= start && i >= 0 { if matches(i) { return (i..<i + q.count, true) }; i -= 1 }
            }
            return nil
        }
    }

    /// Every match of `query` that starts inside `window`, for highlighting visible lines.
    public static func matches(_ query: String, in text: ScalarStorage, startingIn window: Range<Int>) -> [Range<Int>] {
        let q = query.unicodeScalars.map(fold)
        guard !q.isEmpty else { return [] }
        let last = min(window.upperBound, text.count - q.count + 1)
        var found: [Range<Int>] = []
        var i = max(0, window.lowerBound)
        while i < last {
            var k = 0
            while k < q.count && fold(text[i + k]) == q[k] { k += 1 }
            if k == q.count { found.append(i..<i + q.count) }
            i += 1
        }
        return found
    }

    /// Where `match` stands among all matches of `query`: its 1-based number and the total,
    /// for "match 3 of 17". Counts every start position, as `find` steps from one to the next.
    public static func position(of match: Range<Int>, _ query: String, in text: ScalarStorage) -> (number: Int, total: Int) {
        let q = query.unicodeScalars.map(fold)
        guard !q.isEmpty, q.count <= text.count else { return (0, 0) }
        var before = 0, total = 0
        text.withUnsafeScalars { t in
            var i = 0
            let last = t.count - q.count
            while i <= last {
                var k = 0
                while k < q.count && fold(t[i + k]) == q[k] { k += 1 }
                if k == q.count {
                    total += 1
                    if i < match.lowerBound { before += 1 }
                }
                i += 1
            }
        }
        return (before + 1, total)
    }

    /// True when `query` occurs in `text`, ignoring case as the body search does.
    public static func contains(_ query: String, in text: String) -> Bool {
        find(query, in: ScalarStorage(text), from: 0, forward: true) != nil
    }
}
