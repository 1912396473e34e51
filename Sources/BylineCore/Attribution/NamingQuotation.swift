/// "Graham called both candidates “crazy”", "the ad dubbed him a “fraud”": a verb that labels
/// its object with a quoted word reports the label. Neither the quotation alone (often a word
/// or two, read as a scare quote) nor the clause scan (which wants a "that" or a clause) takes
/// it; the content is the object and the quotation, and the rest of the clause ("a “champion”
/// for its members"). The verbs are data (`naming-cues.txt`).
extension FrameFinder {
    /// The farthest, in tokens after the cue, that the labelling quotation may open.
    static let namingReach = 16

    /// The frame of a naming verb at `k` whose subject is found: an object right after it (no
    /// preposition: "called for", "called on" are other cues), then a quotation opening before
    /// the clause ends. A passive ("was called “…”") names the object, not a speaker.
    func namingQuotationFrame(_ k: Int, _ entry: CueLexicon.Entry, speaker: Range<Int>, _ sentence: Sentence,
                              _ n: Int, rule: AttributionRule?) -> AttributionFrame? {
        let r = sentence.tokens
        let a = k + 1
        guard view.has(.namingCue, at: k), a < r.upperBound, view.isWord(a), !view.has(.prepositionWord, at: a),
              !isPassive(k, r.lowerBound) else { return nil }
        // "condemned what he called a “brazen breach”": the label is part of another's content.
        if speaker.lowerBound > r.lowerBound, view.has(.questionOpener, at: speaker.lowerBound - 1) { return nil }
        var j = a + 1
        while j < r.upperBound, j - k <= Self.namingReach {
            if view.isTerminator(j) || view.isPunct(j, ";") || view.isPunct(j, ":") { return nil }
            // After a comma only an apposition goes on naming the object ("Clinton, his rival,
            // a “fraud”"); "called them to the stage, singing “…”" has moved on.
            if view.isComma(j), j + 1 < r.upperBound, view.isWord(j + 1), !view.isCapitalized(j + 1),
               !view.has(.determiner, at: j + 1) { return nil }
            if view.isQuote(j) {
                guard quoted[j], let end = stretchEnd[view.token(j).start] else { return nil }
                return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                        content: view.token(a).start..<max(end, contentEnd(sentence)), relay: nil,
                                        cueKind: entry.kind,
                                        rule: rule ?? .namingQuotation)
            }
            if view.cue(j) != nil && !view.isCapitalized(j) { return nil }
            j += 1
        }
        return nil
    }
}
