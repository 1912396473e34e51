/// Quotations that open the paragraph after a cue: "the committee said about its platform:"
/// at a paragraph's end introduces the quotation that follows.
extension FrameFinder {
    /// Whether the sentence closes with a colon, as one that introduces the next paragraph's quotation.
    func endsWithColon(_ r: Range<Int>) -> Bool {
        !r.isEmpty && view.isPunct(r.upperBound - 1, ":")
    }

    /// The quotation that opens the sentence after this one.
    func quotationOpening(after sentence: Sentence) -> Range<Int>? {
        guard let n = doc.sentenceIndex(at: sentence.start), n + 1 < doc.sentences.count else { return nil }
        let next = doc.sentences[n + 1]
        guard view.isQuote(next.tokens.lowerBound), quoted[next.tokens.lowerBound] else { return nil }
        return Range.nonEmpty(next.start, stretchEnd[next.start] ?? next.end)
    }
}
