/// "Adelson said on Friday he met Trump", "Cruz has said for weeks he's the only candidate",
/// "the company said in a statement the plant would close": a short phrase of time or
/// occasion between a speech cue and its clause, with no "that" to mark where the clause
/// starts. The clause starts at the first subject pronoun or determiner that does not follow
/// a preposition, and must read as a clause (`clauseFollows`).
extension FrameFinder {
    /// The most tokens, from the preposition, the occasion phrase may hold.
    static let occasionReach = 8

    /// Where the clause starts after the occasion phrase that the preposition at `p` opens,
    /// or nil when no clause follows within `occasionReach` tokens.
    func clauseAfterOccasion(_ p: Int, _ sentence: Sentence) -> Int? {
        let r = sentence.tokens
        var t = p + 1
        while t < r.upperBound, t - p <= Self.occasionReach {
            guard view.isWord(t) || view.token(t).kind == .number || view.isPunct(t, ".") else { return nil }
            let w = SpeakerResolver.contractionBase(view.lower(t))
            let opens = view.lexicon.pronouns[w] != nil && view.isWord(t) || view.has(.determiner, at: t) && !view.isCapitalized(t)
            if opens, t - 1 > p, !view.has(.prepositionWord, at: t - 1) {
                return clauseFollows(cue: t - 1, sentence) ? t : nil
            }
            if view.cue(t) != nil && !view.isCapitalized(t) { return nil }
            t += 1
        }
        return nil
    }
}
