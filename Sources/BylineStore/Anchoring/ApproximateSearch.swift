import BylineCore

/// Approximate substring search (Sellers' algorithm): the stretch of a window of the text with
/// the least edit distance to the quote, where the match may start and end anywhere in the
/// window. Costs quote length × window length, so callers keep both bounded.
enum ApproximateSearch {
    static func bestMatch(of quote: [Unicode.Scalar], in hay: ScalarStorage, window: Range<Int>) -> (distance: Int, range: Range<Int>) {
        let m = quote.count
        var prev = Array(0...m)
        var prevStart = Array(repeating: window.lowerBound, count: m + 1)
        var col = prev, colStart = prevStart
        var best = (distance: m, range: window.lowerBound..<window.lowerBound)
        for j in window {
            let c = hay[j]
            col[0] = 0
            colStart[0] = j + 1
            for i in 1...m {
                var value = prev[i - 1] + (quote[i - 1] == c ? 0 : 1)
                var start = prevStart[i - 1]
                if col[i - 1] + 1 < value { value = col[i - 1] + 1; start = colStart[i - 1] }
                if prev[i] + 1 < value { value = prev[i] + 1; start = prevStart[i] }
                col[i] = value
                colStart[i] = start
            }
            if col[m] < best.distance { best = (col[m], colStart[m]..<(j + 1)) }
            swap(&prev, &col)
            swap(&prevStart, &colStart)
        }
        return best
    }
}
