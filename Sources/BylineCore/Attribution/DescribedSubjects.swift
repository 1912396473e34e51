/// Subjects the plain noun-phrase scan before a cue cannot see: a document named by a noun
/// that is also a cue word ("the email said"), and a name that follows its own description
/// when the description says whose it is ("Ms. Merkel's spokesman, Steffen Seibert, wrote").
extension SpeakerMentionFinder {
    /// Words a description ahead of an appositive name may run to, in tokens.
    static let maxDescription = 8
    /// Tokens of an appositive name between commas ("Steffen Seibert", "Mike J. Rubino").
    static let maxAppositiveName = 4

    /// "the email said", "One tweet said:", "the congressional report stated": a document
    /// noun that the cue lexicon also lists as a verb ("email", "report", "tweet") is the
    /// subject when a determiner opens its phrase and a cue follows it.
    func documentNounSubject(beforeCue k: Int, lo: Int) -> Range<Int>? {
        let j = skipAuxiliariesLeft(from: k, lo: lo)
        guard j > lo, view.isWord(j), !view.isCapitalized(j), view.cue(j) != nil,
              view.has(.documentHead, at: j) else { return nil }
        var p = j - 1
        while p >= lo, j - p < Self.maxPhrase, view.isWord(p) || view.isPossessive(p) {
            if view.has(.determiner, at: p) || view.has(.numberWord, at: p) { return p..<(j + 1) }
            if view.has(.phraseBreaker, at: p) || view.lexicon.pronouns[view.lower(p)] != nil { return nil }
            if view.cue(p) != nil, !view.isCapitalized(p) { return nil }
            p -= 1
        }
        return nil
    }

    /// "Ms. Merkel's spokesman, Steffen Seibert, wrote", "Sanders's campaign manager, Jeff
    /// Weaver, said": a description holding a possessive and a person noun, opening the
    /// clause, then a short capitalised name between commas right before the cue. The name
    /// speaks; the description is its apposition.
    func nameAfterPossessiveDescription(cue k: Int, lo: Int) -> (subject: Range<Int>, apposition: Range<Int>)? {
        let comma = skipAuxiliariesLeft(from: k, lo: lo)
        guard comma > lo, view.isComma(comma) else { return nil }
        var s = comma
        while s - 1 >= lo, comma - s < Self.maxAppositiveName, view.isCapitalized(s - 1) || view.isPunct(s - 1, ".") { s -= 1 }
        guard s < comma, view.isCapitalized(s), s - 1 > lo, view.isComma(s - 1) else { return nil }
        let descriptionEnd = s - 1
        var d = descriptionEnd
        var possessive = false
        while d - 1 >= lo, descriptionEnd - d < Self.maxDescription {
            let p = d - 1
            if view.isPossessive(p) {
                possessive = true
            } else if !(view.isWord(p) || view.isPunct(p, ".")) || (view.cue(p) != nil && !view.isCapitalized(p)) {
                break
            }
            d = p
        }
        let before = d - 1
        guard possessive, d < descriptionEnd, !view.isPossessive(d),
              before < lo || view.isComma(before) || view.isQuote(before) || view.isDash(before),
              (d..<descriptionEnd).contains(where: { view.has(.personHead, at: $0) && !view.isCapitalized($0) }) else { return nil }
        return (s..<comma, d..<descriptionEnd)
    }
}
