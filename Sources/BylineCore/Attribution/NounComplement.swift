/// Statements and stances held in a noun: "his insistence that progressive energy will
/// bring out voters", "amid concerns that the plan would fail", "Sanders' contention that
/// …". The "that" clause after a noun of `stance-nouns.txt` is the content, to its clause's
/// end; the possessor, when the text names one ("Sanders' contention"), speaks.
extension FrameFinder {
    /// The longest clause, in tokens, the rule reads.
    static let nounClauseReach = 40

    /// The frame of the stance noun at `k` when "that" and a clause of three words or more
    /// follow, unless the frame before already reports that clause ("said in a statement that"). A noun that is also a cue verb ("claims") counts only after a determiner or a
    /// possessive, where it cannot be the verb.
    func nounComplement(_ k: Int, _ sentence: Sentence, _ n: Int, previous: AttributionFrame?) -> AttributionFrame? {
        let r = sentence.tokens
        guard k + 2 < r.upperBound, view.has(.complementizer, at: k + 1) else { return nil }
        // "said in a statement that …": the cue before already reports the clause.
        if let p = previous, p.sentence == n, p.content.contains(view.token(k + 2).start) { return nil }
        let afterDeterminer = k > r.lowerBound && (view.isPossessive(k - 1) || view.has(.determiner, at: k - 1)
            || view.has(.nounMarker, at: k - 1))
        if view.cue(k) != nil, !afterDeterminer { return nil }
        // A sentence with a quotation is left to the quotation rules.
        guard !holdsQuotation(r.lowerBound, sentence) else { return nil }
        let c = k + 2
        let (e, words) = phraseEnd(from: c, r, reach: Self.nounClauseReach)
        guard words >= 3, e - c < Self.nounClauseReach,
              let content = Range.nonEmpty(view.token(c).start, view.token(e - 1).end) else { return nil }
        var speaker: Range<Int>? = nil
        if k - 1 > r.lowerBound, view.isPossessive(k - 1), view.isCapitalized(k - 2) {
            var s = k - 2
            while s > r.lowerBound, k - 1 - s < SpeakerMentionFinder.maxPhrase, view.isCapitalized(s - 1) || view.isPunct(s - 1, ".") {
                s -= 1
            }
            speaker = s..<(k - 1)
        }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: content, relay: nil, cueKind: .speech, rule: .nounComplement)
    }
}
