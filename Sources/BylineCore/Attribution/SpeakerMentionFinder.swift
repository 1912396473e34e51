/// Finds the noun phrase that names who speaks, around a cue, from the tokens alone:
/// "Lin Jian remarked", "said the spokesperson", "the influential US daily wrote",
/// "longtime Democratic pollster Pat Caddell told", "according to sources familiar with
/// the matter". Every scan is bounded, so the whole stage stays linear in the text.
struct SpeakerMentionFinder {
    let view: TokenView

    /// The longest speaker phrase kept, in tokens.
    static let maxPhrase = 9
    static let maxLoosePhrase = 16

    /// Skips auxiliaries and adverbs leftwards from `k` (exclusive); returns the first index
    /// that is not one, or `lo - 1`.
    func skipAuxiliariesLeft(from k: Int, lo: Int) -> Int {
        var j = k - 1
        while j >= lo, view.isWord(j) {
            let w = view.lower(j)
            if view.has(.betweenSubjectAndCue, at: j) || isAdverb(j, w) || isNegatedAuxiliary(w) { j -= 1 } else { break }
        }
        return j
    }

    /// "don't", "wouldn’t", "haven't": auxiliaries between a subject and its cue.
    func isNegatedAuxiliary(_ w: String) -> Bool { w.hasSuffix("n't") || w.hasSuffix("n\u{2019}t") }

    func isAdverb(_ k: Int, _ w: String) -> Bool {
        // The suffix by bytes first: this runs on most words, and few end in "ly".
        let u = w.utf8
        guard u.count > 4, u.last == UInt8(ascii: "y"), u[u.index(u.endIndex, offsetBy: -2)] == UInt8(ascii: "l") else { return false }
        return w.count > 4 && !view.isCapitalized(k) && !view.lexicon.contains(w, .lyNonAdverb)
    }

    /// The subject phrase that ends right before the cue at `k` (after auxiliaries), if any.
    func subject(beforeCue k: Int, lo: Int) -> Range<Int>? {
        guard let np = simpleSubject(beforeCue: k, lo: lo) else { return nil }
        // "A review of records indicates": the document, not what it reviewed, before a cue of evidence.
        let of = np.lowerBound - 1
        if of - 1 >= lo, view.lower(of) == "of", view.has(.documentHead, at: of - 1), view.cue(k)?.kind == .evidence,
           let document = simpleSubject(beforeCue: of, lo: lo), document.upperBound == of {
            return document.lowerBound..<np.upperBound
        }
        // "Protesters marching through the streets chanted": the phrase before the preposition.
        let p = np.lowerBound - 1
        guard p > lo, view.isWord(p), view.has(.placePreposition, at: p),
              view.has(.determiner, at: np.lowerBound) else { return np }
        var x = p
        if view.isWord(x - 1), view.lower(x - 1).hasSuffix("ing") { x -= 1 }
        // "Sources familiar with the matter said": an adjective after the head noun.
        guard let head = simpleSubject(beforeCue: x, lo: lo), head.upperBound == x, view.isCapitalized(head.upperBound - 1)
                || view.has(.anonymousHead, at: head.upperBound - 1)
                || head.count > 1 && view.has(.anonymousHead, at: head.upperBound - 2)
                || view.has(.personHead, at: head.upperBound - 1) else { return np }
        return head.lowerBound..<np.upperBound
    }

    /// The name before ", who": the antecedent of a relative pronoun.
    func relativeAntecedent(who j: Int, lo: Int) -> Range<Int>? {
        guard j - 2 >= lo, view.isComma(j - 1), view.isCapitalized(j - 2) else { return nil }
        var start = j - 2
        while start - 1 >= lo, j - start < Self.maxPhrase, view.isCapitalized(start - 1) || view.isPunct(start - 1, ".") {
            start -= 1
        }
        return start..<(j - 1)
    }

    func simpleSubject(beforeCue k: Int, lo: Int) -> Range<Int>? {
        var j = skipAuxiliariesLeft(from: k, lo: lo)
        if let p = occasionBefore(j, lo: lo) {
            j = skipAuxiliariesLeft(from: p, lo: lo)
            // "…, now the majority leader, who in 2010 said": the relative pronoun speaks.
            if j >= lo, view.has(.personalRelative, at: j) { return j..<(j + 1) }
        }
        let closing = j
        j = skipParentheses(leftFrom: j, lo: lo)
        if j != closing { j = skipAuxiliariesLeft(from: j + 1, lo: lo) }
        guard j >= lo, view.isWord(j) || view.token(j).kind == .number else { return nil }
        if view.has(.personalRelative, at: j), relativeAntecedent(who: j, lo: lo) != nil {
            // "…, Stevie Wonder, who joked": "who" points at the speaker, resolved through its antecedent.
            return j..<(j + 1)
        }
        if view.has(.personalRelative, at: j), let source = anonymousBeforeRestrictiveWho(j, lo: lo) { return source }
        // "…, said one Democrat familiar with the talks, who added that": "who" after a comma
        // points at a person whatever the phrase before it; the frame finder links it.
        if view.has(.personalRelative, at: j), j - 1 >= lo, view.isComma(j - 1) { return j..<(j + 1) }
        let head = view.lower(j)
        if view.lexicon.pronouns[SpeakerResolver.contractionBase(head)] != nil {
            return j..<(j + 1)
        }
        if view.has(.timeWord, at: j) || head.hasPrefix("'") || head.hasPrefix("\u{2019}") { return nil }
        // "wouldn't", "haven’t": a negated auxiliary is not a speaker.
        if head.hasSuffix("n't") || head.hasSuffix("n\u{2019}t") { return nil }
        if !view.isCapitalized(j) && view.has(.objectPronoun, at: j) || view.has(.phraseBreaker, at: j)
            || view.has(.determiner, at: j) || view.cue(j) != nil && !view.isCapitalized(j) {
            return nil
        }
        var start = j
        while start - 1 >= lo, j - start + 1 < Self.maxPhrase {
            var p = start - 1
            let q = skipParentheses(leftFrom: p, lo: lo)
            if q != p { p = q; if p < lo { break } }
            if view.isPossessive(p) { start = p; continue }
            if (view.isPunct(p, "/") || view.isPunct(p, "-")), p - 1 >= lo, view.token(p - 1).end == view.token(p).start,
               view.token(p).end == view.token(start).start, view.token(p - 1).kind == .number || view.isWord(p - 1) {
                start = p
                continue
            }
            guard view.isWord(p) || view.token(p).kind == .number else { break }
            let w = view.lower(p)
            if view.has(.rolePreposition, at: p), p - 1 >= lo, view.isCapitalized(p - 1), view.isCapitalized(start) { start = p; continue }
            // "74 percent of likely voters", "a majority of Republicans": the quantity speaks.
            if w == "of", p - 1 >= lo, view.has(.quantityHead, at: p - 1) { start = p; continue }
            if view.has(.rolePreposition, at: p) { break }
            if view.has(.determiner, at: p) {
                start = p
                // "Mr. Morgan of the Sierra Club"
                if p - 2 >= lo, view.has(.affiliationPreposition, at: p - 1), view.isCapitalized(p - 2) {
                    start = p - 1
                    continue
                }
                break
            }
            if !view.isCapitalized(p) && view.has(.objectPronoun, at: p) { break }
            if view.has(.phraseBreaker, at: p) || view.lexicon.pronouns[w] != nil { break }
            // "A Conservative think tank said": a cue word inside a compound noun, after a modifier.
            if !view.isCapitalized(p), view.cue(p) != nil,
               !(start == j && p + 1 == j && !view.isCapitalized(j) && p - 1 >= lo
                 && (view.has(.determiner, at: p - 1) || view.isCapitalized(p - 1))) { break }
            if w.hasSuffix("n't") || w.hasSuffix("n\u{2019}t") { break }
            // "In a Bloomberg interview Trump declared": the name after the interview speaks.
            if !view.isCapitalized(p), view.has(.interviewWord, at: p), view.isCapitalized(start) { break }
            start = p
        }
        // "…’s worth": a phrase cannot open with a possessive.
        while start <= j, view.isPossessive(start) { start += 1 }
        return start <= j ? start..<(j + 1) : nil
    }

    /// "Ruiz on Monday said", "who in 2010 said", "Bell in a statement said": a short phrase of
    /// time or occasion between a name (or "who", or a pronoun) and its cue ends at `j`; returns
    /// where it starts. "of", "for", "at" and "from" name an affiliation and are kept.
    func occasionBefore(_ j: Int, lo: Int) -> Int? {
        var p = j
        while p > lo, j - p < 4, view.isWord(p) || view.token(p).kind == .number {
            let w = view.lower(p)
            if view.has(.occasionPreposition, at: p) { break }
            let timed = view.has(.timeWord, at: p) || view.has(.month, at: p) || view.token(p).kind == .number
            if view.isCapitalized(p) && !timed { return nil }
            // "… on Monday that he thought", "in which he pledged": a clause, not an occasion.
            if !timed && (view.has(.phraseBreaker, at: p) && !view.has(.determiner, at: p) || view.lexicon.pronouns[w] != nil
                          || view.cue(p) != nil || view.has(.objectPronoun, at: p)) { return nil }
            p -= 1
        }
        guard p > lo, p < j, view.has(.occasionPreposition, at: p) else { return nil }
        let before = p - 1
        guard view.isWord(before), view.isCapitalized(before) || view.has(.personalRelative, at: before)
                || view.lexicon.pronouns[view.lower(before)] != nil,
              !view.has(.timeWord, at: before), !view.has(.month, at: before) else { return nil }
        return p
    }

    /// When token `j` closes a short bracket ("(R-Ohio)"), the index before its opening.
    func skipParentheses(leftFrom j: Int, lo: Int) -> Int {
        guard j >= lo, view.isPunct(j, ")") else { return j }
        var i = j - 1
        while i >= lo, j - i <= 8 {
            if view.isPunct(i, "(") { return i - 1 }
            i -= 1
        }
        return j
    }

    /// "Michael McFaul, a senior fellow at the Hoover Institution, said": when a comma stands
    /// right before the cue, the name before the apposition speaks.
    func subjectBeforeApposition(cue k: Int, lo: Int) -> (subject: Range<Int>, apposition: Range<Int>)? {
        let comma = skipAuxiliariesLeft(from: k, lo: lo)
        guard comma > lo, view.isComma(comma) else { return nil }
        var i = comma - 1
        var commas = 0
        while i > lo, comma - i <= 40 {
            if view.isTerminator(i) && i + 1 <= comma && (view.isComma(i + 1) || view.isWord(i + 1)) { i -= 1; continue }
            if isPluralPossessive(i) { i -= 1; continue }
            if view.isQuote(i) || view.isTerminator(i) || view.isPunct(i, ":") || view.isPunct(i, ";") { return nil }
            if view.isComma(i) {
                commas += 1
                if commas > 3 { return nil }
                let first = view.lower(i + 1)
                // "Johnnie Wilson, of Springfield, said", "Clinton, at a later briefing, said",
                // "Obama, dedicating the museum on Saturday, said": a place, an occasion or a participle.
                let opensInterjection = (commas == 1 || commas == 2 && view.has(.hometownPreposition, at: i + 1))
                    && !view.isCapitalized(i + 1) && view.isWord(i + 1)
                    && (view.has(.prepositionWord, at: i + 1) || first.count > 4 && first.hasSuffix("ing") && view.cue(i + 1) == nil)
                // "Ed Balls, ex-chief economic adviser to the Treasury, said": a person noun among its first words.
                let describesPerson = ((i + 1)..<min(comma, i + 5)).contains { view.has(.personHead, at: $0) && !view.isCapitalized($0) }
                let opensApposition = describesPerson || view.has(.determiner, at: i + 1) || view.token(i + 1).kind == .number
                    || view.has(.personHead, at: i + 1) || view.isCapitalized(i + 1) || view.has(.whRelative, at: i + 1) || opensInterjection
                if opensApposition, i + 1 < comma, let name = subject(beforeCue: i, lo: lo) {
                    let before = name.lowerBound - 1
                    // "As Tom Bell, a former harbour master, put it: …": "as" opens the clause too.
                    let opens = before < lo || view.isComma(before) || view.isQuote(before) || view.isDash(before)
                        || view.lower(before) == "as"
                    if opens, view.isCapitalized(name.upperBound - 1) { return (name, (i + 1)..<comma) }
                    if let described = describedBeforeRelative(name, relative: i + 1, lo: lo) { return (described, (i + 1)..<comma) }
                    // "the White House spokesman, Josh Earnest, said": the description first, the name after it.
                    if opens, view.has(.personHead, at: name.upperBound - 1),
                       view.has(.determiner, at: name.lowerBound),
                       comma - i - 1 <= 4, ((i + 1)..<comma).allSatisfy({ view.isCapitalized($0) || view.isPunct($0, ".") }) {
                        return ((i + 1)..<comma, name)
                    }
                }
            }
            i -= 1
        }
        return nil
    }

    /// "he had a well-connected source who told him": an anonymous source right before a
    /// restrictive "who" is the speaker of the relative clause's cue.
    func anonymousBeforeRestrictiveWho(_ j: Int, lo: Int) -> Range<Int>? {
        guard j - 1 >= lo, view.isWord(j - 1), !view.isCapitalized(j - 1), view.has(.anonymousHead, at: j - 1),
              let np = simpleSubject(beforeCue: j, lo: lo), np.upperBound == j, np.count > 1,
              view.has(.determiner, at: np.lowerBound) || view.has(.numberWord, at: np.lowerBound) else { return nil }
        return np
    }

    /// "The Daybreak tracking poll, which tracks support daily, showed", "a spokesman, who
    /// declined to be named, said": a description led by a determiner, whose head is a document
    /// or a source, speaks across the non-restrictive relative clause after it. A long name cut
    /// at the phrase limit takes back the determiner before it.
    func describedBeforeRelative(_ name: Range<Int>, relative r: Int, lo: Int) -> Range<Int>? {
        guard view.has(.whRelative, at: r), name.count > 1 else { return nil }
        var phrase = name
        if !view.has(.determiner, at: phrase.lowerBound), phrase.count >= Self.maxPhrase - 1, phrase.lowerBound - 1 >= lo,
           view.has(.determiner, at: phrase.lowerBound - 1) {
            phrase = (phrase.lowerBound - 1)..<phrase.upperBound
        }
        let before = phrase.lowerBound - 1
        guard view.has(.determiner, at: phrase.lowerBound),
              before < lo || view.isComma(before) || view.isQuote(before) || view.isDash(before) else { return nil }
        let head = phrase.upperBound - 1
        return view.has(.documentHead, at: head) || view.has(.anonymousHead, at: head) || view.has(.personHead, at: head) ? phrase : nil
    }

    /// "A Quinnipiac University poll released on Monday found": a document before a reduced
    /// relative clause is the subject of the cue after it.
    func documentBeforeParticiple(cue k: Int, lo: Int) -> Range<Int>? {
        var i = k - 1
        while i > lo, k - i <= 10 {
            if view.isTerminator(i) || view.isQuote(i) || view.isPunct(i, ":") || view.isPunct(i, ";") { return nil }
            if view.isWord(i), view.has(.reportParticiple, at: i), view.isWord(i - 1),
               view.has(.documentHead, at: i - 1) {
                return simpleSubject(beforeCue: i, lo: lo)
            }
            i -= 1
        }
        return nil
    }

    /// "Sanders’ campaign manager": an apostrophe glued to a word ending in "s", a possessive, not a quotation mark.
    func isPluralPossessive(_ i: Int) -> Bool {
        guard view.isQuote(i), i > 0, view.token(i).length == 1, ScalarClass.isApostrophe(view.first(i)),
              view.isWord(i - 1), view.token(i - 1).end == view.token(i).start, view.lower(i - 1).hasSuffix("s"),
              i + 1 < view.doc.tokens.count, view.token(i + 1).start > view.token(i).end else { return false }
        return true
    }

    /// The phrase that starts at `k` and runs to a comma, a clause break or the limit.
    /// `loose` lets it run over prepositions ("sources familiar with the matter").
    func phrase(from k: Int, hi: Int, loose: Bool) -> Range<Int>? {
        var end = k
        let limit = loose ? Self.maxLoosePhrase : Self.maxPhrase
        while end < hi, end - k < limit {
            let t = view.token(end)
            if t.kind == .punctuation || t.kind == .quote || t.kind == .symbol {
                if t.kind == .punctuation, view.first(end) == "-" || view.first(end) == "/" || view.first(end) == "&" {
                    end += 1
                    continue
                }
                break
            }
            let w = view.lower(end)
            if view.has(.relativePronoun, at: end) || w == "whose" { break }
            if !loose, end > k, view.has(.affiliationPreposition, at: end) && w != "of" { break }
            if !loose, end > k, w == "of",
               !(end + 1 < hi && view.isCapitalized(end + 1) && view.isCapitalized(end - 1)
                 && !view.has(.determiner, at: end + 1)) { break }
            if !loose && end > k && view.has(.phraseBreaker, at: end) { break }
            if loose && end > k && view.has(.speakerPhraseEnder, at: end)
                                    && !(end + 1 < hi && view.isCapitalized(end + 1)) {
                break
            }
            if end > k && !view.isCapitalized(end) && view.cue(end) != nil && w != "made"
                && !view.isModifiedNounCue(end, lo: k) { break }
            end += 1
        }
        while end > k, view.has(.phraseBreaker, at: end - 1) { end -= 1 }
        return end > k ? k..<end : nil
    }

    /// Inverted order: "said the spokesperson", "wrote Cameron Easley", "reported Reuters".
    func inverted(afterCue k: Int, hi: Int) -> Range<Int>? {
        guard k < hi, view.isWord(k) || view.token(k).kind == .number else { return nil }
        if view.token(k).kind == .number {
            guard k + 1 < hi, view.isPunct(k + 1, "/") || view.isWord(k + 1) else { return nil }
        } else {
            guard view.isCapitalized(k) || view.has(.determiner, at: k) || opensLowercaseDescription(k, hi: hi) else { return nil }
        }
        if view.has(.timeWord, at: k) { return nil }
        guard let np = phrase(from: k, hi: hi, loose: false) else { return nil }
        // "…, said the plan was …": the subject of a reported clause, not an inverted speaker.
        if np.upperBound < hi, view.isWord(np.upperBound), view.has(.beForm, at: np.upperBound)
            || view.has(.modal, at: np.upperBound) || view.has(.perfectAuxiliary, at: np.upperBound) {
            return nil
        }
        // "…, suggested business mogul Donald Trump’s refusal to …": an object, not who spoke.
        if !view.isCapitalized(k), !view.has(.determiner, at: k), np.contains(where: { view.isPossessive($0) }) { return nil }
        return np
    }

    /// "said former congressman Barney Frank", "said election lawyer Joe Birkenstock": a few
    /// lowercase modifiers before a name or a person noun. Adverbs, prepositions, time words
    /// and function words ("said yesterday", "said in a statement", "said privately") are not.
    func opensLowercaseDescription(_ k: Int, hi: Int) -> Bool {
        var j = k
        while j < hi, j - k < 4, view.isWord(j), !view.isCapitalized(j) {
            let w = view.lower(j)
            if view.has(.timeWord, at: j) || view.has(.timeAdverb, at: j) || view.has(.prepositionWord, at: j)
                || view.has(.placePreposition, at: j) || view.has(.phraseBreaker, at: j) || view.has(.objectPronoun, at: j)
                || view.has(.betweenSubjectAndCue, at: j) || view.has(.introduction, at: j) || view.has(.afterCueNonContent, at: j)
                || view.has(.notAName, at: j) || isAdverb(j, w)
                || view.lexicon.pronouns[w] != nil || view.cue(j) != nil || view.isPossessive(j) {
                return false
            }
            j += 1
        }
        guard j > k, j < hi else { return false }
        return view.isCapitalized(j) || view.has(.personHead, at: j - 1)
    }

    /// The last run of capitalised words in a phrase, the proper name it carries:
    /// "longtime Democratic pollster Pat Caddell" → "Pat Caddell".
    func properName(in r: Range<Int>) -> Range<Int>? {
        var end = r.upperBound
        while end > r.lowerBound, !view.isCapitalized(end - 1) || view.isPossessive(end - 1)
            || view.has(.timeWord, at: end - 1) { end -= 1 }
        guard end > r.lowerBound else { return nil }
        var start = end - 1
        while start - 1 >= r.lowerBound, view.isCapitalized(start - 1) { start -= 1 }
        if start == r.lowerBound, view.has(.determiner, at: start) { start += 1 }
        // "Senate Majority Leader Mitch McConnell", "Rep. Alan Pike": the name after the title.
        if let lastTitle = (start..<end).last(where: { view.isTitle(view.lower($0)) }), lastTitle + 1 < end {
            start = lastTitle + 1
        }
        return start < end ? start..<end : nil
    }
}
