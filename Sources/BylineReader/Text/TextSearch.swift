import BylineCore

/// Case-insensitive search over the raw scalars. Runs on the model text, never on drawn cells,
/// so matches are scalar ranges that map straight to the body's lines. One matcher decides what
/// a match is, for stepping (`find`), highlighting (`matches`) and counting (`position`) alike,
/// so "match 3 of 17" always counts the matches `n` steps through.
public enum TextSearch {
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v >= 0x41 && v <= 0x5A { return v | 0x20 }
        if v < 0x80 { return v }
        return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
    }

    /// A query folded once, and the test of whether it matches at one offset.
    struct Matcher {
        let folded: [UInt32]

        init(_ query: String) { folded = query.unicodeScalars.map(TextSearch.fold) }

        var isEmpty: Bool { folded.isEmpty }
        var count: Int { folded.count }

        /// True when the query matches `text` at `i`; `i + count` must not pass the end.
        @inline(__always)
        func matches(_ text: UnsafeScalars, at i: Int) -> Bool {
            for k in 0..<folded.count where TextSearch.fold(text[i + k]) != folded[k] { return false }
            return true
        }

        /// Calls `body` with the start of every match that starts inside `window`, in order.
        func forEachStart(in text: ScalarStorage, startingIn window: Range<Int>, _ body: (Int) -> Void) {
            guard !folded.isEmpty, folded.count <= text.count else { return }
            let end = min(window.upperBound, text.count - folded.count + 1)
            text.withUnsafeScalars { t in
                var i = max(0, window.lowerBound)
                while i < end {
                    if matches(t, at: i) { body(i) }
                    i += 1
                }
            }
        }
    }

    /// The first match of `query` starting at or after `from` (forward) or before `from`
    /// (backward), wrapping around the text once. `wrapped` tells whether it went round.
    public static func find(_ query: String, in text: ScalarStorage, from: Int, forward: Bool)
        -> (range: Range<Int>, wrapped: Bool)? {
        let q = Matcher(query)
        guard !q.isEmpty, q.count <= text.count else { return nil }
        let last = text.count - q.count
        let start = max(0, min(from, last + 1))
        return text.withUnsafeScalars { t -> (Range<Int>, Bool)? in
            if forward {
                var i = start
                while i <= last { if q.matches(t, at: i) { return (i..<i + q.count, false) }; i += 1 }
                i = 0
                while i < min(start, last + 1) { if q.matches(t, at: i) { return (i..<i + q.count, true) }; i += 1 }
            } else {
                var i = min(start - 1, last)
                while i >= 0 { if q.matches(t, at: i) { return (i..<i + q.count, false) }; i -= 1 }
                i = last
                while i >= start && i >= 0 { if q.matches(t, at: i) { return (i..<i + q.count, true) }; i -= 1 }
            }
            return nil
        }
    }

    /// Every match of `query` that starts inside `window`, for highlighting visible lines.
    public static func matches(_ query: String, in text: ScalarStorage, startingIn window: Range<Int>) -> [Range<Int>] {
        let q = Matcher(query)
        var found: [Range<Int>] = []
        q.forEachStart(in: text, startingIn: window) { found.append($0..<$0 + q.count) }
        return found
    }

    /// Where `match` stands among all matches of `query`: its 1-based number and the total,
    /// for "match 3 of 17". Counts every start position, as `find` steps from one to the next.
    public static func position(of match: Range<Int>, _ query: String, in text: ScalarStorage) -> (number: Int, total: Int) {
        let q = Matcher(query)
        guard !q.isEmpty, q.count <= text.count else { return (0, 0) }
        var before = 0, total = 0
        q.forEachStart(in: text, startingIn: 0..<text.count) { i in
            total += 1
            if i < match.lowerBound { before += 1 }
        }
        return (before + 1, total)
    }

    /// True when `query` occurs in `text`, ignoring case as the body search does.
    public static func contains(_ query: String, in text: String) -> Bool {
        find(query, in: ScalarStorage(text), from: 0, forward: true) != nil
    }
}
