/// Cues whose content is the object of a preposition: "Trump has called for a ban on …",
/// "she called on Congress to act", "referring to the ruling", "commented on the vote".
/// The forms and their prepositions are data (`prepositional-cues.tsv`); the content runs
/// from after the preposition to the end of its clause, and after "to" opens with no name.
extension FrameFinder {
    /// The longest object, in tokens, the rule reads.
    static let objectReach = 40

    /// The preposition after the cue at `k` (adverbs between skipped) when the lexicon lists
    /// the pair, as the index of the preposition.
    func cuePreposition(after k: Int, _ r: Range<Int>) -> Int? {
        var p = k + 1
        while p < r.upperBound, p - k <= 2, view.isWord(p), mentions.isAdverb(p, view.lower(p)) { p += 1 }
        guard p < r.upperBound, view.has(.prepositionWord, at: p),
              let preps = view.lexicon.prepositionalCues[view.lower(k)], preps.contains(view.lower(p)) else { return nil }
        return p
    }

    /// The frame of a prepositional cue at `k` whose preposition is at `p`. The speaker is the
    /// subject before the cue; a participle after a comma ("…, calling for …") or after "and"
    /// takes the sentence's subject or the previous frame's speaker, as `participle` does. A
    /// noun ("his calls for", "a warning about") and a passive ("was called for") are no cue.
    func prepositionalFrame(_ k: Int, preposition p: Int, _ sentence: Sentence, _ n: Int,
                            previous: AttributionFrame?) -> AttributionFrame? {
        let r = sentence.tokens
        if view.isCapitalized(k), k > r.lowerBound { return nil }
        if k > r.lowerBound, view.isPossessive(k - 1) || view.has(.nounMarker, at: k - 1) || view.has(.determiner, at: k - 1) {
            return nil
        }
        // A sentence with a quotation is left to the quotation rules.
        guard !holdsQuotation(r.lowerBound, sentence) else { return nil }
        let ing = view.lower(k).hasSuffix("ing")
        if !ing, isPassive(k, r.lowerBound) { return nil }
        let c = p + 1
        if let f = previous, f.sentence == n, c < r.upperBound, f.content.contains(view.token(c).start) { return nil }
        // "pointed to China as the enforcer": after "to", a name is where one points, not what one says.
        if view.lower(p) == "to", view.isCapitalized(c) { return nil }
        let (e, words) = phraseEnd(from: c, r, reach: Self.objectReach)
        guard words >= 2, e - c < Self.objectReach,
              let content = Range.nonEmpty(view.token(c).start, view.token(e - 1).end) else { return nil }
        var speaker = mentions.subject(beforeCue: k, lo: r.lowerBound)
        let joined = mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound)
        if speaker == nil, k > r.lowerBound, ing && view.isComma(k - 1)
            || (joined >= r.lowerBound && view.has(.verbJoiner, at: joined)) {
            speaker = previous?.speaker ?? sentenceSubject(r)
        }
        // "Rep. Ana Ruiz, the panel's top Democrat, called on …", "Protesters continued to call for …".
        if speaker == nil {
            let close = mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound)
            speaker = close > r.lowerBound + 1 && (view.isComma(close) || view.isDash(close))
                ? subjectBeforeAside(closing: close, r) : infinitiveSubject(cue: k, r)
        }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: content, relay: nil, cueKind: view.cue(k)?.kind ?? .weak, rule: .prepositionalCue)
    }
}
