/// Headlines attribute without quotation marks and in title case: "Lynch: No outside
/// influence on FBI probe" names its speaker before a colon, and "Trump Says He Never
/// Pledged To …" capitalises its cue, which the cue rules pass over as a name.
extension FrameFinder {
    /// The longest headline, in tokens; a longer title-case run is no headline, which keeps
    /// the title-case test bounded.
    static let headlineReach = 40

    /// Whether the sentence is written in title case: at least three words of four letters
    /// or more, every one of them capitalised.
    func isTitleCase(_ sentence: Sentence) -> Bool {
        let r = sentence.tokens
        guard r.count <= Self.headlineReach else { return false }
        var long = 0
        for k in r where view.isWord(k) && view.token(k).length >= 4 {
            guard view.isCapitalized(k) else { return false }
            long += 1
        }
        return long >= 3
    }

    /// "Lynch: No outside influence on FBI probe": in the article's title, one to four
    /// capitalised words and a colon, then a statement of at least three words, which may quote
    /// a phrase ("Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance"; a quotation
    /// right after the colon is `colonSpeaker`'s). A title opening with a
    /// determiner ("The Latest: …"), in capitals ("FIX IS IN: …") or one word of `not-a-name.txt`
    /// ("Watch: …") labels, it does not speak.
    func headlineColon(_ k: Int, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard sentence.paragraph == 0, k > r.lowerBound, k - r.lowerBound <= 4, k + 3 < r.upperBound,
              !view.has(.determiner, at: r.lowerBound), view.isWord(k + 1) else { return nil }
        let name = r.lowerBound..<k
        guard name.allSatisfy({ view.isCapitalized($0) || view.isPunct($0, ".") || view.isPossessive($0) }),
              !name.allSatisfy({ !view.isWord($0) || isAllCaps($0) }),
              // "Wow: …", "Watch: …": an interjection or a label, not a speaker.
              !(name.count == 1 && view.has(.notAName, at: name.lowerBound)) else { return nil }
        var words = 0
        for j in (k + 1)..<r.upperBound {
            if view.isQuote(j) && j == k + 1 || view.isPunct(j, ":") { return nil }
            if view.isWord(j) { words += 1 }
        }
        guard words >= 3, let content = Range.nonEmpty(view.token(k + 1).start, contentEnd(sentence)) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: name,
                                content: content, relay: nil, cueKind: .speech, rule: .headlineColon)
    }

    /// "Trump Says He Never Pledged To Kill …": in a title-case sentence, a capitalised cue
    /// after a capitalised name; the name speaks and the rest of the headline is the content.
    /// Only cues that take their content without a marker count (speech, addressed,
    /// cognition and stances), and not after a possessive ("Trump's Claims About …").
    func headlineCue(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        switch entry.kind {
        case .speech, .addressed, .cognition: break
        case .weak where entry.stance: break
        default: return nil
        }
        guard k > r.lowerBound, view.isCapitalized(k - 1), !view.isPossessive(k - 1), isTitleCase(sentence),
              !holdsQuotation(r.lowerBound, sentence) else { return nil }
        var start = k - 1
        while start > r.lowerBound, k - start < 6,
              view.isCapitalized(start - 1) || view.isPunct(start - 1, ".") || view.isPossessive(start - 1) { start -= 1 }
        var c = k + 1
        if c < r.upperBound, view.has(.complementizer, at: c) { c += 1 }
        guard c + 1 < r.upperBound, view.isWord(c), view.isWord(c + 1),
              let content = Range.nonEmpty(view.token(c).start, contentEnd(sentence)) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: start..<k,
                                content: content, relay: nil, cueKind: entry.kind, rule: .headlineCue)
    }
}
