import BylineCore

/// Finds an anchor again in a text that may have been revised: by position if the quote is
/// still there, then by the quote with the best-matching surroundings, then by a bounded fuzzy
/// match (approximate substring search around where pieces of the quote still occur). Pure.
public struct Reanchorer: Sendable {
    /// A fuzzy match must keep at least this share of the quote (1 - distance / length).
    public var minimumSimilarity: Double
    /// Longer quotes re-attach only exactly: the fuzzy search costs length × window.
    public var maxFuzzyLength: Int
    /// Places where the fuzzy search is tried, the most voted first.
    public var maxCandidates: Int

    public init(minimumSimilarity: Double = 0.75, maxFuzzyLength: Int = 2_000, maxCandidates: Int = 8) {
        self.minimumSimilarity = minimumSimilarity
        self.maxFuzzyLength = maxFuzzyLength
        self.maxCandidates = maxCandidates
    }

    public func resolve(_ anchor: TextAnchor, in text: ScalarText) -> AnchorResolution? {
        let quote = Array(anchor.exact.unicodeScalars)
        let hay = text.scalars
        if quote.isEmpty {
            guard anchor.start >= 0, anchor.start <= hay.count else { return nil }
            return AnchorResolution(range: anchor.start..<anchor.start, method: .position, similarity: 1)
        }
        if anchor.start >= 0, anchor.start + quote.count <= hay.count,
           hay[anchor.start..<(anchor.start + quote.count)].elementsEqual(quote) {
            return AnchorResolution(range: anchor.start..<(anchor.start + quote.count), method: .position, similarity: 1)
        }
        if let at = bestQuoteMatch(quote, anchor: anchor, in: hay) {
            return AnchorResolution(range: at..<(at + quote.count), method: .quote, similarity: 1)
        }
        return fuzzyMatch(quote, anchor: anchor, in: hay)
    }

    // MARK: quote

    private func bestQuoteMatch(_ quote: [Unicode.Scalar], anchor: TextAnchor, in hay: ScalarStorage) -> Int? {
        let prefix = Array(anchor.prefix.unicodeScalars), suffix = Array(anchor.suffix.unicodeScalars)
        var best: (at: Int, score: Int, distance: Int)?
        for at in ScalarSearch.occurrences(of: quote, in: hay, limit: 10_000) {
            let score = commonSuffix(prefix, hay, before: at) + commonPrefix(suffix, hay, from: at + quote.count)
            let distance = abs(at - anchor.start)
            if let b = best, b.score > score || (b.score == score && b.distance <= distance) { continue }
            best = (at, score, distance)
        }
        return best?.at
    }

    private func commonSuffix(_ context: [Unicode.Scalar], _ hay: ScalarStorage, before end: Int) -> Int {
        var n = 0
        while n < context.count, end - n - 1 >= 0, context[context.count - 1 - n] == hay[end - n - 1] { n += 1 }
        return n
    }

    private func commonPrefix(_ context: [Unicode.Scalar], _ hay: ScalarStorage, from start: Int) -> Int {
        var n = 0
        while n < context.count, start + n < hay.count, context[n] == hay[start + n] { n += 1 }
        return n
    }

    // MARK: fuzzy

    private func fuzzyMatch(_ quote: [Unicode.Scalar], anchor: TextAnchor, in hay: ScalarStorage) -> AnchorResolution? {
        let m = quote.count
        guard m <= maxFuzzyLength, !hay.isEmpty else { return nil }
        let slack = max(8, m / 4)
        var best: (range: Range<Int>, distance: Int, offset: Int)?
        for start in candidateStarts(quote, anchor: anchor, in: hay) {
            let lo = max(0, start - slack), hi = min(hay.count, start + m + slack)
            guard lo < hi else { continue }
            let (distance, range) = ApproximateSearch.bestMatch(of: quote, in: hay, window: lo..<hi)
            let offset = abs(range.lowerBound - anchor.start)
            if let b = best, b.distance < distance || (b.distance == distance && b.offset <= offset) { continue }
            best = (range, distance, offset)
        }
        guard let found = best, !found.range.isEmpty else { return nil }
        let similarity = 1 - Double(found.distance) / Double(m)
        guard similarity >= minimumSimilarity else { return nil }
        return AnchorResolution(range: found.range, method: .fuzzy, similarity: similarity)
    }

    /// Where the quote may now start: every place where a piece of it still occurs votes for
    /// the start it implies; the old offset is always tried too.
    private func candidateStarts(_ quote: [Unicode.Scalar], anchor: TextAnchor, in hay: ScalarStorage) -> [Int] {
        let m = quote.count
        let piece = max(4, min(16, m / 4))
        var votes: [Int: Int] = [:]
        let bucket = max(1, m / 8)
        // At most a dozen pieces, spread over the quote: each costs one pass over the text.
        let pieces = m / piece
        let step = max(1, pieces / 12)
        for k in stride(from: 0, to: pieces, by: step) {
            let offset = k * piece
            let chunk = Array(quote[offset..<(offset + piece)])
            for at in ScalarSearch.occurrences(of: chunk, in: hay, limit: 64) {
                votes[(at - offset) / bucket * bucket, default: 0] += 1
            }
        }
        let ranked = votes.sorted { a, b in
            a.value != b.value ? a.value > b.value : abs(a.key - anchor.start) < abs(b.key - anchor.start)
        }
        var starts = ranked.prefix(maxCandidates).map(\.key)
        let old = max(0, min(anchor.start, hay.count - 1))
        if !starts.contains(where: { abs($0 - old) <= bucket }) { starts.append(old) }
        return starts
    }
}
