import BylineCore

/// Exact search of a scalar sequence in a text, for the quote selector.
enum ScalarSearch {
    /// Start offsets of every occurrence of `needle` in `hay`, at most `limit` of them.
    static func occurrences(of needle: [Unicode.Scalar], in hay: ScalarStorage, limit: Int) -> [Int] {
        let m = needle.count, n = hay.count
        guard m > 0, m <= n else { return [] }
        var found: [Int] = []
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if hay[i] == first {
                var j = 1
                while j < m, hay[i + j] == needle[j] { j += 1 }
                if j == m {
                    found.append(i)
                    if found.count >= limit { break }
                }
            }
            i += 1
        }
        return found
    }
}
