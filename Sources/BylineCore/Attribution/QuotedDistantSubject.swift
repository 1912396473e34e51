/// "Tom Fitton, the president of Judicial Watch, a group that has sued the department, said
/// that “the damage is done.”": a speech cue whose subject stands behind an apposition too
/// long for the phrase scans, with the quotation after the cue. With no frame, the quotation
/// would inherit the speaker of an earlier sentence; the sentence's own opening phrase is
/// who says it. A quotation before the cue is left to the content-last rules.
extension FrameFinder {
    /// The frame of the speech cue at `k` (no subject found, a quotation in the sentence):
    /// only when no quotation mark stands before the cue in its sentence and one opens after
    /// it, within `clauseReach` tokens either way.
    func quotedDistantSubjectFrame(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard k - r.lowerBound <= Self.clauseReach, !(r.lowerBound..<k).contains(where: { view.isQuote($0) }) else { return nil }
        let reach = min(r.upperBound, k + Self.clauseReach)
        guard ((k + 1)..<reach).contains(where: { view.isQuote($0) && quoted[$0] }) else { return nil }
        let before = k - 1
        // "…, said X" is the inverted order: a comma or dash before the cue must close an apposition, a clause following.
        if view.isComma(before) || view.isDash(before) {
            guard clauseFollows(cue: k, sentence) || (k + 1 < r.upperBound && view.has(.complementizer, at: k + 1)) else { return nil }
        } else {
            guard view.isWord(before) || view.isPunct(before, ")") else { return nil }
            if view.isWord(before), view.has(.prepositionWord, at: before) || view.has(.determiner, at: before)
                || mentions.isAdverb(before, view.lower(before)) || view.has(.clauseConnective, at: before) { return nil }
        }
        guard let content = contentAfter(k, entry, sentence), let speaker = phraseBefore(cue: k, r),
              isNamedOpening(speaker, cue: k, r) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: content.range, relay: content.relay, cueKind: entry.kind, rule: .quotedDistantSubject)
    }

    /// A noun phrase that opens with a capitalised word or a determiner and ends where an
    /// apposition or the cue begins: not a preposition ("In Washington"), a relative pronoun
    /// (its clause may sit inside another's content), a clause ("This was the Trump we knew")
    /// or a heading ("Editor's Note:").
    private func isNamedOpening(_ p: Range<Int>, cue k: Int, _ r: Range<Int>) -> Bool {
        let first = p.lowerBound
        guard view.isWord(first), !view.has(.prepositionWord, at: first), !view.has(.relativePronoun, at: first),
              view.isCapitalized(first) || view.has(.determiner, at: first),
              !p.contains(where: { view.has(.beForm, at: $0) }) else { return false }
        let e = p.upperBound
        return e > mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound) || view.isComma(e) || view.isDash(e)
            || view.isPunct(e, "(")
    }
}
