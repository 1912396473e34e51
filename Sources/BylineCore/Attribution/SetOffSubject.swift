/// "Forbes, however, says that …", "Mr. Cruz, whose finish was seen as a disappointment,
/// said that …", "Democrats — and some Republicans — say that …": a subject set off from its
/// cue by an aside between two commas or two dashes. The apposition rule takes names before
/// descriptions; this rule takes the phrase that opens the sentence, whatever aside follows
/// it, and only when a clause follows the cue, so "…, said the spokesperson." stays inverted.
extension FrameFinder {
    /// The longest aside, in tokens, the rule skips back over.
    static let setOffReach = 40

    /// The frame of a speech, addressed or cognition cue at `k` right after the comma or dash
    /// that closes an aside, when the phrase before the aside's opening mark is the subject and
    /// "that" or a clause follows the cue. A clause holding a quotation is left to the quotation rules.
    func setOffSubjectFrame(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard entry.kind.reportsClause,
              !view.isCapitalized(k), !view.lower(k).hasSuffix("ing") else { return nil }
        let close = mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound)
        guard close > r.lowerBound + 1, view.isComma(close) || view.isDash(close) else { return nil }
        guard !holdsQuotation(k, sentence), let subject = subjectBeforeAside(closing: close, r),
              let content = clauseAfter(cue: k, entry, sentence) else { return nil }
        // "…, said that “the damage is done.”": content that opens with a quotation, however short, is the quotation rules'.
        if view.isQuote(doc.tokenIndex(at: content.range.lowerBound)), let f = quotedDistantSubjectFrame(k, entry, sentence, n) { return f }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: subject,
                                content: content.range, relay: content.relay, cueKind: entry.kind, rule: .setOffSubject)
    }

    /// What a cue reports when "that" opens it or a clause follows the cue (`clauseFollows`):
    /// the rules that find a subject far from its cue take no bare object ("said Monday").
    func clauseAfter(cue k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence) -> (range: Range<Int>, relay: Range<Int>?)? {
        guard let content = contentAfter(k, entry, sentence) else { return nil }
        let first = doc.tokenIndex(at: content.range.lowerBound)
        guard view.has(.complementizer, at: first - 1) && view.isWord(first - 1) || clauseFollows(cue: k, sentence) else { return nil }
        return content
    }

    /// The subject before the aside that the mark at `close` ends: for dashes, the phrase
    /// before the opening dash; for commas, the phrase that opens the sentence (after "But",
    /// "And") and runs up to one of the commas before, the leftmost, so that "Ana Ruiz, a
    /// lawyer in Dallas, Texas, said" gives Ana Ruiz. Nil past a quotation mark, a colon, a
    /// semicolon or the sentence's end.
    func subjectBeforeAside(closing close: Int, _ r: Range<Int>) -> Range<Int>? {
        let dash = view.isDash(close)
        let opening = openingAfterConnectives(r, before: close)
        var found: Range<Int>? = nil
        var nearest = true
        var i = close - 1
        while i > opening, close - i <= Self.setOffReach {
            // "Mr.", "U.S.": a full stop before a comma or a word is an abbreviation's.
            if view.isTerminator(i), view.isComma(i + 1) || view.isWord(i + 1) { i -= 1; continue }
            if view.isQuote(i) || view.isTerminator(i) || view.isPunct(i, ":") || view.isPunct(i, ";") { return nil }
            if dash ? view.isDash(i) : view.isComma(i) {
                let s = mentions.subject(beforeCue: i, lo: r.lowerBound)
                if dash { return s.flatMap { $0.upperBound == i ? $0 : nil } }
                // "Its chairman, Rui Tavares, told": a name set off after a description is the apposition rules' case.
                if nearest, close - i - 1 <= 4, ((i + 1)..<close).allSatisfy({ view.isCapitalized($0) || view.isPunct($0, ".") }) {
                    return nil
                }
                nearest = false
                if let s, s.lowerBound == opening, s.upperBound == i { found = s }
            }
            i -= 1
        }
        return found
    }
}
