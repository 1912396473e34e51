/// "Large majorities of Republican voters in six states going to the polls said they
/// support …", "Jason Sims — a teacher from Mount Pleasant — says he …": a speech cue whose
/// subject is too long or too broken for the speaker phrase scans. The clause after the cue
/// is still what was said; the sentence's opening noun phrase is taken as the speaker when
/// it stands before the cue, and none otherwise.
extension FrameFinder {
    /// The frame of a finite speech, addressed or cognition cue at `k` that no other rule
    /// gave a subject: a word, a number or a closing bracket before it (after a comma or a dash only
    /// when a clause follows, since "…, said X" is the inverted order), and a clause of three
    /// words or more after it. Not after an adverb or a conjunction ("also known", "deeply
    /// reported", "and wrote"): those are participles or coordinated verbs.
    func distantSubjectFrame(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard entry.kind.reportsClause else { return nil }
        guard k - 2 >= r.lowerBound, !view.isCapitalized(k), !view.lower(k).hasSuffix("ing") else { return nil }
        // A sentence with a quotation is left to the quotation rules (one after the cue: `quotedDistantSubjectFrame`).
        guard !holdsQuotation(r.lowerBound, sentence) else { return quotedDistantSubjectFrame(k, entry, sentence, n) }
        let before = k - 1
        if view.isComma(before) || view.isDash(before) {
            guard !view.isQuote(before - 1), clauseFollows(cue: k, sentence) else { return nil }
        } else {
            guard view.isWord(before) || view.isPunct(before, ")") || view.token(before).kind == .number else { return nil }
            let w = view.lower(before)
            if view.isWord(before), view.has(.prepositionWord, at: before) || view.has(.determiner, at: before)
                || mentions.isAdverb(before, w) || view.has(.clauseConnective, at: before) { return nil }
        }
        guard let content = contentAfter(k, entry, sentence) else { return nil }
        let first = doc.tokenIndex(at: content.range.lowerBound)
        guard view.isWord(first) || view.isQuote(first),
              (first..<r.upperBound).lazy.filter({ self.view.isWord($0) }).prefix(3).count == 3 else { return nil }
        // A belief reported without "that" must open a clause: "who think the plan works", not "who consider themselves".
        if entry.kind == .cognition, !view.has(.complementizer, at: first - 1),
           view.lexicon.pronouns[view.lower(first)] == nil || view.has(.objectPronoun, at: first) { return nil }
        let speaker = phraseBefore(cue: k, r)
        var range = content.range
        // "the editor who wrote the profile, tweeted …": a relative clause ends at its comma.
        if let sp = speaker, sp.count == 1, view.has(.relativePronoun, at: sp.lowerBound), !view.has(.complementizer, at: sp.lowerBound),
           let comma = (first..<r.upperBound).first(where: { view.isComma($0) || view.isDash($0) }), comma > first {
            range = content.range.lowerBound..<view.token(comma - 1).end
        }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: range, relay: content.relay, cueKind: entry.kind, rule: .distantSubject)
    }

    /// Who speaks before a cue whose subject the phrase scans missed: a relative pronoun
    /// right before it ("voters who say"), else the words back to the clause's start ("But
    /// 16 percent of registered voters still say"), or, when a comma or a conjunction stands
    /// before the cue ("Six newspapers in New Jersey, including …, said"), a name set off by
    /// commas ("Its chairman, Rui Tavares, told"), else the sentence's opening words up to its first comma. At most `SpeakerMentionFinder.maxLoosePhrase`
    /// words, without a leading conjunction.
    func phraseBefore(cue k: Int, _ r: Range<Int>) -> Range<Int>? {
        let j = mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound)
        guard j >= r.lowerBound else { return nil }
        if view.has(.relativePronoun, at: j) { return j..<(j + 1) }
        if view.isWord(j) || view.token(j).kind == .number || view.isPunct(j, ")") {
            var s = j
            while s - 1 >= r.lowerBound, j - s < SpeakerMentionFinder.maxLoosePhrase,
                  view.isWord(s - 1) || view.token(s - 1).kind == .number || view.isPunct(s - 1, "-") {
                s -= 1
            }
            s = skipOpeningConnectives(s, j + 1)
            if s <= j { return s..<(j + 1) }
        }
        if let name = appositiveName(endingAt: j, r) { return name }
        let s = skipOpeningConnectives(r.lowerBound, k)
        var e = s
        while e < k, e - s < SpeakerMentionFinder.maxLoosePhrase,
              view.isWord(e) || view.token(e).kind == .number || view.isPunct(e, "-") || view.isPunct(e, ".") { e += 1 }
        return e > s ? s..<e : nil
    }

    /// "Its chairman, Rui Tavares, told …": the name set off by commas right before the cue
    /// (`comma` is the closing one), at most four capitalised words, after a description.
    private func appositiveName(endingAt comma: Int, _ r: Range<Int>) -> Range<Int>? {
        guard comma > r.lowerBound, view.isComma(comma) else { return nil }
        var s = comma
        while s - 1 > r.lowerBound, comma - s < 4, view.isWord(s - 1), view.isCapitalized(s - 1) { s -= 1 }
        guard s < comma, s - 1 > r.lowerBound, view.isComma(s - 1) else { return nil }
        return s..<comma
    }

    /// The first token from `s` (before `hi`) past conjunctions and introductions ("But", "And", "Meanwhile").
    private func skipOpeningConnectives(_ s: Int, _ hi: Int) -> Int {
        var s = s
        while s < hi, view.isWord(s), view.has(.clauseConnective, at: s) || view.has(.introduction, at: s) {
            s += 1
        }
        return s
    }
}
