/// A quotation with no cue inside a running sentence whose words are capitalised like a
/// title ("on CNN’s “State of the Union,”", "his book “The Art of the Deal”") names a show, a
/// book or a slogan: no one says it, so it inherits no speaker, and a speaker after it
/// ("On ABC’s “This Week,” Rubio said …") does not make it the content.
extension TokenView {
    /// Titles longer than this, in words, are rare; a longer capitalised quotation is kept.
    static let maxTitleWords = 7

    /// Whether the quotation from offset `start` to `end` (marks included) is a title in running text.
    func isTitleInRunningText(start: Int, end: Int) -> Bool {
        var k = doc.tokenIndex(at: start)
        // Inside a sentence: a word or a comma before the opening mark, not a full stop, a colon or a paragraph break.
        guard k > 0, let sentence = doc.sentenceIndex(at: start), doc.sentences[sentence].tokens.lowerBound < k,
              isWord(k - 1) || isComma(k - 1) || isPossessive(k - 1) else { return false }
        var words = 0
        var shouted = true
        while k < doc.tokens.count, token(k).start < end, words <= Self.maxTitleWords {
            if isWord(k) {
                words += 1
                let minor = has(.determiner, at: k) || has(.prepositionWord, at: k) || has(.titleConjunction, at: k)
                if words == 1 && !isCapitalized(k) || !isCapitalized(k) && !minor && !isPossessive(k) { return false }
                if !isShouted(k) { shouted = false }
            }
            k += 1
        }
        return words > 0 && words <= Self.maxTitleWords && !shouted
    }

    /// "MAKE MEXICO GREAT AGAIN": all capitals, a chant or a sign rather than a title.
    private func isShouted(_ k: Int) -> Bool {
        let t = token(k)
        return (t.start..<t.end).allSatisfy { !ScalarClass.isLower(s[$0]) }
    }
}

extension QuoteAssembler {
    func isTitleInRunningText(_ st: QuoteMarkPairer.Stretch) -> Bool {
        view.isTitleInRunningText(start: st.start, end: st.end)
    }
}

extension FrameFinder {
    /// "Sunday on Fox News Channel’s “Hannity,” Newt Gingrich said …": the closing mark at `k`
    /// ends a title, so the words before the speaker are not what the speaker said.
    func closesTitle(_ k: Int) -> Bool {
        guard view.isQuote(k), quoted[k], let start = stretchStart[view.token(k).end] else { return false }
        return view.isTitleInRunningText(start: start, end: view.token(k).end)
    }
}
