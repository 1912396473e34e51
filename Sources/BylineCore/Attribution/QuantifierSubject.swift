/// "Some say they hear echoes of …", "But few believe their relationship …", "Two in three
/// said they …": a quantifier standing alone as the subject, which the speaker phrase scans
/// pass over as a determiner or a number. The words are data (`quantifier-subjects.txt`);
/// the speaker is the quantifier itself, which names no one (the resolver leaves it unnamed).
extension FrameFinder {
    /// The frame of a speech, addressed or cognition cue at `k` after a bare quantifier or a
    /// ratio, when "that" or a clause follows the cue. A clause holding a quotation is left to
    /// the quotation rules.
    func quantifierSubjectFrame(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard entry.kind.reportsClause,
              !view.isCapitalized(k), !view.lower(k).hasSuffix("ing") else { return nil }
        let j = mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound)
        guard j >= r.lowerBound, let speaker = quantifierPhrase(endingAt: j, r),
              !holdsQuotation(k, sentence), let content = clauseAfter(cue: k, entry, sentence) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: content.range, relay: content.relay, cueKind: entry.kind, rule: .quantifierSubject)
    }

    /// The quantifier that ends at `j`: a word of `quantifier-subjects.txt` opening the
    /// sentence (after "But", "And"); a ratio ("two in three", "3 in 10") that opens the
    /// sentence or follows a comma or a colon.
    func quantifierPhrase(endingAt j: Int, _ r: Range<Int>) -> Range<Int>? {
        let opening = openingAfterConnectives(r, before: j)
        if view.isWord(j), view.has(.quantifierSubject, at: j) { return j == opening ? j..<(j + 1) : nil }
        // "One in three": "one" is a quantifier of the list, not a number word.
        guard isCount(j), j - 2 >= r.lowerBound, view.lower(j - 1) == "in",
              isCount(j - 2) || view.has(.quantifierSubject, at: j - 2) else { return nil }
        let s = j - 2
        let before = s - 1
        guard s == opening || before >= r.lowerBound && (view.isComma(before) || view.isPunct(before, ":")) else { return nil }
        return s..<(j + 1)
    }

    /// A number in figures or in words ("3", "three").
    private func isCount(_ k: Int) -> Bool {
        view.token(k).kind == .number || view.isWord(k) && view.has(.numberWord, at: k)
    }
}
