/// Questions reported without quotation marks: "When asked about her own vote, …",
/// "Asked whether the plan would pass, …", "A reporter asked Sanders how he was feeling".
/// The question is the content; it runs to the clause's end, not the sentence's, since the
/// answer usually follows in the same sentence.
extension FrameFinder {
    /// The longest question, in tokens, the rule reads.
    static let questionReach = 40

    /// A form of "ask" (from the cue lexicon), an optional addressee (a capitalised name of up
    /// to three words or an object pronoun), then "about" and its topic or a question word
    /// (`question-openers.txt`) and its clause. The asker is the subject before the cue; a
    /// passive ("was asked") or a bare participle ("When asked", "Asked …") names none.
    func reportedQuestion(_ k: Int, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        var j = k + 1
        if j < r.upperBound, view.isCapitalized(j) {
            while j < r.upperBound, j - k <= 3, view.isCapitalized(j) { j += 1 }
        } else if j < r.upperBound, view.has(.objectPronoun, at: j) {
            j += 1
        }
        guard j < r.upperBound, view.isWord(j) else { return nil }
        let c: Int
        if view.lower(j) == "about" {
            c = j + 1
        } else if view.has(.questionOpener, at: j) {
            // "whether" and "if" only mark the question, as "that" marks a statement; "how", "what" belong to it.
            c = view.has(.questionMarker, at: j) ? j + 1 : j
        } else {
            return nil
        }
        let (e, words) = phraseEnd(from: c, r, reach: Self.questionReach, throughBrackets: true)
        guard words >= 2, e - c < Self.questionReach,
              let content = Range.nonEmpty(view.token(c).start, view.token(e - 1).end) else { return nil }
        // A sentence with a quotation is left to the quotation rules, unless the question ends
        // at a comma before it and a cue soon after: "Asked whether …, Daley said: “Of course.”"
        if holdsQuotation(r.lowerBound, sentence),
           !(view.isComma(e) && !holdsQuotation(r.lowerBound, upTo: e) && answerCue(after: e, r)) { return nil }
        let speaker = isPassive(k, r.lowerBound) ? nil : mentions.subject(beforeCue: k, lo: r.lowerBound)
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: content, relay: nil, cueKind: .speech, rule: .reportedQuestion)
    }

    /// The most tokens, after the question's comma, the rule reads for the answer's cue.
    static let answerReach = 10

    /// Whether a cue stands within `answerReach` tokens after the comma at `e`, before any
    /// quotation mark: the answer is attributed ("…, Daley said: “…”"), so the question is too.
    func answerCue(after e: Int, _ r: Range<Int>) -> Bool {
        var j = e + 1
        while j < r.upperBound, j - e <= Self.answerReach, !view.isQuote(j) {
            if view.isWord(j), !view.isCapitalized(j), view.cue(j) != nil { return true }
            j += 1
        }
        return false
    }
}
