/// A quotation with no cue inside a running sentence whose words are capitalised like a
/// title ("on CNN’s “State of the Union,”", "his book “The Art of the Deal”") names a show, a
/// book or a slogan: no one says it, so it inherits no speaker.
extension QuoteAssembler {
    /// Titles longer than this, in words, are rare; a longer capitalised quotation is kept.
    static let maxTitleWords = 7

    func isTitleInRunningText(_ st: QuoteMarkPairer.Stretch) -> Bool {
        let doc = view.doc
        var k = doc.tokenIndex(at: st.start)
        // Inside a sentence: a word or a comma before the opening mark, not a full stop, a colon or a paragraph break.
        guard k > 0, let sentence = doc.sentenceIndex(at: st.start), doc.sentences[sentence].tokens.lowerBound < k,
              view.isWord(k - 1) || view.isComma(k - 1) || view.isPossessive(k - 1) else { return false }
        var words = 0
        var shouted = true
        while k < doc.tokens.count, view.token(k).start < st.end {
            if view.isWord(k) {
                words += 1
                let minor = view.has(.determiner, at: k) || view.has(.prepositionWord, at: k) || view.has(.titleConjunction, at: k)
                if words == 1 && !view.isCapitalized(k) || !view.isCapitalized(k) && !minor && !view.isPossessive(k) { return false }
                if !isShouted(k) { shouted = false }
            }
            k += 1
        }
        return words > 0 && words <= Self.maxTitleWords && !shouted
    }

    /// "MAKE MEXICO GREAT AGAIN": all capitals, a chant or a sign rather than a title.
    private func isShouted(_ k: Int) -> Bool {
        let t = view.token(k)
        return (t.start..<t.end).allSatisfy { !ScalarClass.isLower(view.s[$0]) }
    }
}
