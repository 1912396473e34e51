/// "But, she added, “I think she'll make a good president.”", "Back then, she said, the firm
/// was …": a connective of a few words opens the sentence, the speaker and cue stand between
/// commas, and the quotation or clause follows. The words before the speaker are too few to
/// be what was said, so the content is what comes after the cue.
extension FrameFinder {
    /// Words a lead may hold before the speaker ("But", "After all", "Back then, in March").
    static let maxLeadWords = 3
    /// Tokens between the cue and the comma before the quotation ("added later", "said on Friday").
    static let maxLeadInTail = 4

    func leadIn(cue k: Int, _ entry: CueLexicon.Entry, speaker: Range<Int>, _ sentence: Sentence,
                _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard entry.kind == .speech, speaker.lowerBound - 1 > r.lowerBound, view.isComma(speaker.lowerBound - 1) else { return nil }
        var words = 0
        for j in r.lowerBound..<(speaker.lowerBound - 1) {
            guard view.isWord(j), !quoted[j], !view.has(.beForm, at: j) else { return nil }
            words += 1
            if words > Self.maxLeadWords { return nil }
        }
        var c = k + 1
        while c < r.upperBound, c - k <= Self.maxLeadInTail, view.isWord(c) { c += 1 }
        guard c + 1 < r.upperBound, view.isComma(c) else { return nil }
        // A clause rather than a quotation after the cue: behind a connective ("Instead, she said,
        // her boss …"), or holding a quotation, which the medial rule leaves alone. Otherwise a
        // noun phrase before the speaker is the clause's own subject, and the medial rule reads
        // both parts ("The two cities, X said, now have …").
        let quotation = view.isQuote(c + 1) && quoted[c + 1]
        guard quotation || view.isWord(c + 1) && view.cue(c + 1) == nil
                && (isConnective(r.lowerBound) || holdsQuotation(c + 1, sentence, countingShort: true)) else { return nil }
        let start = view.token(c + 1).start
        let end = max(contentEnd(sentence), stretchEnd[start] ?? start)
        guard end > start else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: start..<end, relay: nil, cueKind: entry.kind, rule: .leadIn)
    }

    /// "But", "Instead", "In the end": a word that opens an adverbial, not a subject.
    private func isConnective(_ k: Int) -> Bool {
        view.has(.introduction, at: k) || view.has(.trailingConnective, at: k) || view.has(.prepositionWord, at: k)
    }
}
