/// "“…,” a spokesman for committee Democrats said.": when the quotation comes first, the
/// speaker phrase between its closing mark and the cue may carry a prepositional modifier
/// ("a narrator in the Clinton ad", "an aide to the senator") that the plain subject scan
/// stops at. The closing mark bounds the phrase on the left, so the whole of it is the speaker.
extension FrameFinder {
    /// The longest speaker phrase the rule accepts, in words.
    static let maxPostmodifiedSpeaker = 10

    /// The phrase between a closing quotation mark (or the comma after it) and the cue at `k`:
    /// a determiner or a capitalised word first, then a preposition of `speaker-postmodifiers`
    /// inside it, and no cue, pronoun or relative pronoun among its words. The speaker is the
    /// words before the preposition ("Jeffrey Lewis" of "Jeffrey Lewis of the Martin Center"),
    /// or the whole phrase when those are one word ("one of the prosecutors").
    func postmodifiedSpeaker(beforeCue k: Int, lo: Int) -> (phrase: Range<Int>, speaker: Range<Int>)? {
        let last = mentions.skipAuxiliariesLeft(from: k, lo: lo)
        guard last >= lo else { return nil }
        var s = last
        var preposition: Int? = nil
        while s >= lo, view.isWord(s), last - s < Self.maxPostmodifiedSpeaker {
            if view.has(.speakerPostmodifier, at: s) { preposition = s }
            if view.cue(s) != nil || view.has(.relativePronoun, at: s) || view.lexicon.pronouns[view.lower(s)] != nil {
                return nil
            }
            s -= 1
        }
        guard s >= lo else { return nil }
        let mark = view.isComma(s) ? s - 1 : s
        guard mark >= lo, view.isQuote(mark), quoted[mark] else { return nil }
        let first = s + 1
        guard let preposition, preposition > first, preposition < last,
              view.has(.determiner, at: first) || view.isCapitalized(first) else { return nil }
        let phrase = first..<(last + 1)
        return (phrase, preposition - first > 1 ? first..<preposition : phrase)
    }
}
