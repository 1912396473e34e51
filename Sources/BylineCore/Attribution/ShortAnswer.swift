/// "Asked whether …, 75 percent of Democrats said yes", "the candidate said no", "half said so
/// in the earlier poll": a speech cue whose whole content is a one-word answer, which the clause
/// scan passes over as too short. The answers are data (`short-answers.txt`).
extension FrameFinder {
    /// The frame of a speech cue at `k`, its subject found, when the word right after it is an
    /// answer and the clause ends there: a mark, a conjunction, or an occasion ("so in December").
    func shortAnswerFrame(_ k: Int, _ entry: CueLexicon.Entry, speaker: Range<Int>, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        let a = k + 1
        guard entry.kind == .speech, a < r.upperBound, view.isWord(a), view.has(.shortAnswer, at: a) else { return nil }
        let next = a + 1
        guard next < r.upperBound else { return nil }
        if view.isWord(next) {
            guard view.has(.sentenceConjunction, at: next) || view.has(.clauseConnective, at: next)
                || view.has(.occasionPreposition, at: next) else { return nil }
        } else if !(view.isComma(next) || view.isTerminator(next) || view.isPunct(next, ";") || view.isDash(next)) {
            return nil
        }
        let t = view.token(a)
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: t.start..<t.end, relay: nil, cueKind: entry.kind, rule: .shortAnswer)
    }
}
