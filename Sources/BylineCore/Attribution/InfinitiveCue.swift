/// "Lewandowski continued to say he had never touched Fields", "He went on to say that …",
/// "Trump was quick to add that …": a cue in the infinitive after a verb or adjective of its
/// subject's, whose subject speaks. A cue after an object ("asked reporters to say", "urged
/// him to explain") is not taken: the object would speak.
extension FrameFinder {
    /// The most words, between the subject and "to", the rule skips ("are more likely").
    static let infinitiveReach = 3

    /// The frame of the base form of a speech, addressed or cognition cue at `k` after "to",
    /// when up to `infinitiveReach` lowercase words (no determiner, pronoun, possessive or cue)
    /// stand between "to" and a subject that opens the sentence or is a pronoun (a weak cue only
    /// right before "to": "continued to say"), and "that" or
    /// a clause follows the cue. A clause holding a quotation is left to the quotation rules.
    func infinitiveCueFrame(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard entry.kind.reportsClause,
              view.lower(k) == entry.lemma, let speaker = infinitiveSubject(cue: k, r),
              !holdsQuotation(k, sentence), let content = clauseAfter(cue: k, entry, sentence) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: content.range, relay: content.relay, cueKind: entry.kind, rule: .infinitiveCue)
    }

    /// The subject of the verb that governs "to" and the cue at `k` ("Lewandowski continued
    /// to say", "protesters continued to call for"), as `infinitiveCueFrame` describes it.
    func infinitiveSubject(cue k: Int, _ r: Range<Int>) -> Range<Int>? {
        guard k - 3 >= r.lowerBound, view.has(.infinitiveMarker, at: k - 1), view.isWord(k - 1) else { return nil }
        let opening = openingAfterConnectives(r, before: k)
        var g = k - 2
        while g >= r.lowerBound, k - 1 - g <= Self.infinitiveReach {
            guard view.isWord(g), !view.isCapitalized(g), !view.has(.determiner, at: g), !view.has(.objectPronoun, at: g),
                  !view.isPossessive(g), view.cue(g) == nil || g == k - 2 && view.cue(g)?.kind == .weak,
                  view.lexicon.pronouns[view.lower(g)] == nil else { return nil }
            if let s = mentions.subject(beforeCue: g, lo: r.lowerBound) {
                // The first subject found is the verb's: a scan further left would end inside it
                // ("Small groups of protesters continued to call for" is no "Small").
                return s.lowerBound == opening || s.count == 1 && view.lexicon.pronouns[view.lower(s.lowerBound)] != nil ? s : nil
            }
            g -= 1
        }
        return nil
    }
}
