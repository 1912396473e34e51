/// "At the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama …",
/// "Since last November, according to Human Rights Watch, forces have killed …": when the
/// sentence goes on after a medial "according to" phrase, what follows is reported too, as a
/// second statement of the same source and cue (a statement split by its attribution is two
/// records, as with a medial "Xi said").
extension FrameFinder {
    /// The most tokens, after the source's phrase, the rule reads for the comma that ends it
    /// (an apposition: "according to Dennis Ross, another former envoy, was …").
    static let accordingToTail = 12

    /// The most words before "according to" for the rule to read on: a short lead ("At the
    /// heart of the trouble", "Since last November") leaves the clause unfinished; after a
    /// whole clause, what follows the source is an apposition ("…, according to Ana Ruiz, a
    /// pollster at …") or an aside.
    static let accordingToLead = 8

    /// After each "according to" frame whose content, of at most `accordingToLead` words,
    /// stands before the cue, the rest of the sentence from the comma that ends the source's
    /// phrase, when it holds three words or more, no quotation and opens no relative clause
    /// ("…, according to X, who …").
    func addAccordingToContinuations(_ found: inout [AttributionFrame], _ sentence: Sentence, _ n: Int) {
        insertContinuations(&found) { accordingToContinuation(of: $0, sentence, n) }
    }

    private func accordingToContinuation(of f: AttributionFrame, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard f.rule == .accordingTo, let sp = f.speaker, f.content.upperBound <= view.token(f.cue.lowerBound).start,
              // Counting stops past the limit: a sentence of many frames is not read again for each.
              (r.lowerBound..<f.cue.lowerBound).lazy.filter({ self.view.isWord($0) }).prefix(Self.accordingToLead + 1).count
                  <= Self.accordingToLead else { return nil }
        guard let j = commaClosingAttribution(from: sp.upperBound, through: sp.upperBound + Self.accordingToTail, r,
                                              stopsAtDash: false) else { return nil }
        let s = j + 1
        guard s < r.upperBound, view.isWord(s), view.cue(s) == nil,
              !view.has(.relativePronoun, at: s), !view.has(.clauseConnective, at: s), view.lower(s) != "according",
              !holdsQuotation(s, upTo: r.upperBound) else { return nil }
        guard (s..<r.upperBound).lazy.filter({ self.view.isWord($0) }).prefix(3).count == 3,
              let content = Range.nonEmpty(view.token(s).start, contentEnd(sentence)) else { return nil }
        return AttributionFrame(pattern: .accordingTo, sentence: n, cue: f.cue, speaker: f.speaker, content: content,
                                relay: f.relay, cueKind: f.cueKind, rule: .accordingToContinued)
    }
}
