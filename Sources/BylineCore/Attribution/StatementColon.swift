/// "President Clinton released the following statement:" closing a paragraph, and the next
/// paragraph opening with a quotation: the statement is that quotation, and whoever issued it
/// speaks. The nouns are the noun cues (`noun-cues.txt`: statement, comment, note, …); the verb
/// before them ("released", "issued") is found by the article or determiner that opens the
/// noun's phrase.
extension FrameFinder {
    /// How many words before the noun its phrase's determiner may stand ("the following brief statement").
    static let statementPhraseReach = 4

    func statementColon(_ k: Int, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        let noun = k - 1
        guard k == r.upperBound - 1, noun > r.lowerBound, view.isWord(noun), view.has(.nounCue, at: noun),
              n + 1 < doc.sentences.count, doc.sentences[n + 1].paragraph != sentence.paragraph else { return nil }
        var d = noun - 1
        while d > r.lowerBound, noun - d <= Self.statementPhraseReach, !view.has(.determiner, at: d) { d -= 1 }
        let verb = d - 1
        guard d > r.lowerBound, view.has(.determiner, at: d), view.isWord(verb), !view.isCapitalized(verb),
              let speaker = mentions.subject(beforeCue: verb, lo: r.lowerBound),
              let content = quotationOpening(after: sentence) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: noun..<(noun + 1), speaker: speaker,
                                content: content, relay: nil, cueKind: .speech, rule: .statementColon)
    }
}
