/// Who a sentence is about when its cue has no subject of its own: participles
/// ("…, saying"), coordinated verbs ("… and said") and quotations after verbs outside the
/// lexicon ("Trump attacked “…”") all fall back to the sentence's opening noun phrase.
extension FrameFinder {
    /// "Bloomberg's article", "a new report": phrases that speak through a participle
    /// ("Bloomberg's article suggesting that …").
    func isDocumentPhrase(_ r: Range<Int>?) -> Bool {
        guard let r else { return false }
        // "footage of Hillary Clinton asking, …": a name right before the participle speaks.
        if view.isCapitalized(r.upperBound - 1), !view.has(.timeWord, at: r.upperBound - 1),
           !view.has(.month, at: r.upperBound - 1) {
            return true
        }
        // "issued a statement calling …": the statement is an object; its issuer speaks.
        let before = r.lowerBound - 1
        if before >= 0, view.isWord(before), !view.isCapitalized(before),
           !view.has(.phraseBreaker, at: before),
           !view.has(.placePreposition, at: before) {
            return false
        }
        return r.contains { view.isPossessive($0) } || view.has(.documentHead, at: r.upperBound - 1)
    }

    /// The sentence's opening noun phrase, the subject a participle cue refers back to,
    /// after an introductory phrase ("On Tuesday, Trump …", "Meanwhile, the campaign …").
    func sentenceSubject(_ r: Range<Int>) -> Range<Int>? {
        var k = r.lowerBound
        while k < r.upperBound, view.isWord(k), view.has(.sentenceConjunction, at: k) { k += 1 }
        // "WASHINGTON (AP) — …": a dateline before the sentence proper.
        if k < r.upperBound, isAllCaps(k) || hasParenthesizedAgency(k, r),
           let dash = (k..<min(r.upperBound, k + 6)).first(where: { view.isDash($0) }) {
            k = dash + 1
        }
        // "Hours later, Trump …", "Two days ago, the campaign …": a time phrase, then the subject.
        if let c = commaAfterTimePhrase(k, r) { k = c + 1 }
        let first = k < r.upperBound ? view.lower(k) : ""
        if k < r.upperBound, view.has(.introduction, at: k) || first.hasSuffix("ly") || first.hasSuffix("ing")
            || first == "even" {
            var c = k
            while c < r.upperBound, c - k < 12, !view.isComma(c) { c += 1 }
            guard c < r.upperBound, view.isComma(c) else { return nil }
            k = c + 1
            // "Speaking in Salem, New Hampshire, Trump …": the place's state is not the subject.
            if view.isCapitalized(c - 1), k < r.upperBound, view.isCapitalized(k),
               ((c - 3)..<(c - 1)).contains(where: { $0 >= r.lowerBound && view.has(.placeNamePreposition, at: $0) }) {
                var e = k
                while e < r.upperBound, e - k < 3, view.isCapitalized(e) { e += 1 }
                if e < r.upperBound, view.isComma(e), e + 1 < r.upperBound, (k..<e).allSatisfy({ !isName($0) }) {
                    k = e + 1
                }
            }
        }
        guard k < r.upperBound else { return nil }
        if view.lexicon.pronouns[view.lower(k)] != nil { return k..<(k + 1) }
        if view.token(k).kind == .number || view.has(.introduction, at: k) { return nil }
        if view.lexicon.contains(String(view.lower(k).split(separator: "-").first ?? ""), .numberWord) { return nil }
        if view.isCapitalized(k) && !view.has(.determiner, at: k) {
            var e = k
            while e < r.upperBound, view.isCapitalized(e) || (view.isPunct(e, ".") && e > k) { e += 1 }
            // "CONGRESS HAS INVESTIGATED HIM": a heading run into the sentence, not a name.
            if (k..<e).filter({ isAllCaps($0) }).count >= 3 { return nil }
            // "Republican presidential nominee Donald Trump unleashed …": on to the verb.
            var f = e
            while f < r.upperBound, f - k < 8, view.isWord(f) {
                let w = view.lower(f)
                if !view.isCapitalized(f) && (view.has(.phraseBreaker, at: f) || view.cue(f) != nil
                    || w.hasSuffix("ed") || w.hasSuffix("ing") || w.hasSuffix("s")) { break }
                f += 1
            }
            if f > e, view.isCapitalized(f - 1) { e = f }
            return k..<e
        }
        guard view.has(.determiner, at: k) else { return nil }
        var e = k + 1
        while e < r.upperBound, e - k < 5, view.isWord(e) {
            let w = view.lower(e)
            if view.has(.phraseBreaker, at: e) || view.cue(e) != nil || w.hasSuffix("ed") || w == "of" { break }
            e += 1
        }
        return e > k + 1 ? k..<e : nil
    }

    /// "Washington (AFP) – …": a place and an agency in parentheses open a dateline.
    func hasParenthesizedAgency(_ k: Int, _ r: Range<Int>) -> Bool {
        guard view.isCapitalized(k) else { return false }
        var j = k + 1
        while j < r.upperBound, j - k < 3, view.isCapitalized(j) { j += 1 }
        return j + 2 < r.upperBound && view.isPunct(j, "(") && view.isCapitalized(j + 1) && view.isPunct(j + 2, ")")
    }

    /// The comma closing an opening time phrase ("Hours later,", "Two weeks ago,"), if any.
    func commaAfterTimePhrase(_ k: Int, _ r: Range<Int>) -> Int? {
        var c = k
        var timed = false
        while c < r.upperBound, c - k < 5, view.isWord(c) || view.token(c).kind == .number {
            if view.has(.timeAdverb, at: c) { timed = true }
            c += 1
        }
        return timed && c > k + 1 && c < r.upperBound && view.isComma(c) ? c : nil
    }

    /// A word that looks like part of a person's name rather than a place: a title or a known given name.
    func isName(_ k: Int) -> Bool {
        let w = view.lower(k)
        return view.lexicon.gender(ofGivenName: w) != nil || view.isTitle(w)
    }

    func isAllCaps(_ k: Int) -> Bool {
        let t = view.token(k)
        guard t.kind == .word, t.length > 1 else { return false }
        return (t.start..<t.end).allSatisfy { !ScalarClass.isLower(view.s[$0]) }
    }

}
