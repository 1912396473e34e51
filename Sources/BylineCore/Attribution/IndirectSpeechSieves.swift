/// Speech and thought reported without quotation marks, beyond "X said (that) …": stances
/// and intentions whose complement is the content ("vowed to impose tariffs", "declined to
/// comment"), raising verbs ("Sanders seemed to reap the benefits"), a clause after the cue
/// where a lead phrase stands before the speaker ("Despite the sheen, officials said they
/// welcome …") and a clause that goes on after a medial attribution ("the two nations, Xi
/// said, now have …"). Each scan is bounded by its sentence.
extension FrameFinder {
    /// "to" opening a verb phrase ("refused to comment"), not a preposition ("pointed to
    /// China", "referring to the resorts"): a lowercase word follows that opens no description.
    func isInfinitive(_ k: Int) -> Bool {
        view.has(.infinitiveMarker, at: k) && view.isWord(k + 1) && !view.isCapitalized(k + 1)
            && !view.has(.determiner, at: k + 1) && !view.isPossessive(k + 1)
    }

    /// "Another RT America host, Abby Martin, denounced …": the outlet named in a person's
    /// description before the name, which the statement went through.
    func outletInDescription(_ d: Range<Int>) -> Range<Int>? {
        guard d.count >= 2, view.has(.personHead, at: d.upperBound - 1) else { return nil }
        var k = d.lowerBound
        while k < d.upperBound - 1 {
            guard view.isCapitalized(k), !view.has(.determiner, at: k) else { k += 1; continue }
            var e = k
            while e < d.upperBound - 1, view.isCapitalized(e) { e += 1 }
            if isOutletPhrase(k..<e) { return k..<e }
            k = e
        }
        return nil
    }

    /// Whether a quotation opens between token `k` and the sentence's end: a stance's object
    /// or a raising verb's clause that holds one is left to the quotation rules.
    /// Past `Self.clauseReach` tokens the answer is yes, so that a long run of cues in one
    /// sentence costs a bounded scan each. A short stretch (`isShortQuotation`) counts only
    /// when `countingShort` is set.
    func holdsQuotation(_ k: Int, _ sentence: Sentence, countingShort: Bool = false) -> Bool {
        var j = k
        while j < sentence.tokens.upperBound {
            if view.isQuote(j) && quoted[j] && (countingShort || !isShortQuotation(j)) || j - k >= Self.clauseReach { return true }
            j += 1
        }
        return false
    }

    /// The most words a quoted title or scare quote holds ("“This Week”", "a “failure”"):
    /// a stretch that short is a word the clause uses, not a quotation of its own.
    static let shortQuotation = 4

    /// Whether the quotation mark at `j` opens or closes a stretch of at most `shortQuotation` words.
    func isShortQuotation(_ j: Int) -> Bool {
        let t = view.token(j)
        var words = 0
        if let end = stretchEnd[t.start] {
            var i = j + 1
            while i < doc.tokens.count, view.token(i).start < end {
                if view.isWord(i) { words += 1 }
                if words > Self.shortQuotation { return false }
                i += 1
            }
            return true
        }
        if let start = stretchStart[t.end] {
            var i = j - 1
            while i >= 0, view.token(i).start > start {
                if view.isWord(i) { words += 1 }
                if words > Self.shortQuotation { return false }
                i -= 1
            }
            return true
        }
        return false
    }

    /// The first token of sentence `r` after its leading connectives ("But", "And"), at most
    /// `limit`: where a subject that opens the sentence starts.
    func openingAfterConnectives(_ r: Range<Int>, before limit: Int) -> Int {
        var opening = r.lowerBound
        while opening < limit, view.isWord(opening), view.has(.clauseConnective, at: opening) { opening += 1 }
        return opening
    }

    /// Where a phrase from `c` ends: before the first comma, terminator, quotation mark,
    /// semicolon, colon, dash or (unless `throughBrackets`) opening bracket, or at `reach`
    /// tokens; and how many words it holds.
    func phraseEnd(from c: Int, _ r: Range<Int>, reach: Int, throughBrackets: Bool = false) -> (end: Int, words: Int) {
        var e = c
        var words = 0
        while e < r.upperBound, e - c < reach {
            if view.isComma(e) || view.isTerminator(e) || view.isQuote(e) || view.isPunct(e, ";") || view.isPunct(e, ":")
                || view.isDash(e) || (!throughBrackets && view.isPunct(e, "(")) { break }
            if view.isWord(e) { words += 1 }
            e += 1
        }
        return (e, words)
    }

    /// Whether a quotation opens between token `k` and token `end` (exclusive).
    func holdsQuotation(_ k: Int, upTo end: Int) -> Bool {
        (k..<end).contains { view.isQuote($0) && quoted[$0] }
    }

    /// The longest clause, in tokens, that the raising and medial rules read; longer ones are
    /// left to the other rules, which keeps each rule's scan bounded.
    static let clauseReach = 120

    /// Whether the raising sieve decides the token at `k`: a raising verb ("seemed"), or
    /// "expected" after a form of "be" and before "to" ("is expected to win").
    func isRaisingCue(_ k: Int, _ entry: CueLexicon.Entry, _ r: Range<Int>) -> Bool {
        if entry.kind == .raising { return true }
        return entry.lemma == "expect" && view.lower(k) == "expected" && view.has(.beForm, at: k - 1)
            && k - 1 >= r.lowerBound && isInfinitive(k + 1)
    }

    /// "Sanders seemed to reap the benefits", "The House is expected to pass the bill": the
    /// subject and what follows the verb are the content; the text names no source. The verb
    /// must take a complement ("to" and a verb, or for "seem" a lowercase word that is no
    /// preposition), so "appeared on CNN" is passed over; a clause another cue reports, or
    /// one with a quotation, is left to the other rules.
    func raisingFrame(_ k: Int, _ sentence: Sentence, _ n: Int, previous: AttributionFrame?) -> AttributionFrame? {
        let r = sentence.tokens
        guard k > r.lowerBound, !view.isCapitalized(k), k + 2 < r.upperBound else { return nil }
        // "X said the plan seems sound": already reported.
        if let p = previous, p.content.contains(view.token(k).start) { return nil }
        guard !holdsQuotation(r.lowerBound, sentence) else { return nil }
        let takesComplement = isInfinitive(k + 1) || (view.lower(k).hasPrefix("seem") && view.isWord(k + 1)
            && !view.isCapitalized(k + 1) && !view.has(.prepositionWord, at: k + 1))
        guard takesComplement else { return nil }
        var lead = mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound)
        while lead >= r.lowerBound, view.has(.beForm, at: lead) { lead = mentions.skipAuxiliariesLeft(from: lead, lo: r.lowerBound) }
        guard lead >= r.lowerBound, let subject = mentions.subject(beforeCue: lead + 1, lo: r.lowerBound) else { return nil }
        let start = view.token(subject.lowerBound).start
        let end = contentEnd(sentence)
        guard end > view.token(k).end else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: nil,
                                content: start..<end, relay: nil, cueKind: .raising, rule: .raisingVerb)
    }

    /// After a subject, comma-led content and a cue ("…, officials said they welcome the
    /// attention"), whether a clause follows the cue rather than a short tail ("said Monday",
    /// "said in a statement"): a subject pronoun, a description, or a name and a lowercase
    /// word, with at least three words before the sentence ends.
    func clauseFollows(cue k: Int, _ sentence: Sentence) -> Bool {
        let r = sentence.tokens
        var j = k + 1
        while j < r.upperBound, view.isWord(j), mentions.isAdverb(j, view.lower(j)) || view.has(.timeWord, at: j)
            || view.has(.month, at: j) { j += 1 }
        guard j < r.upperBound, view.isWord(j) else { return false }
        var words = 0
        var e = j
        while e < r.upperBound, !view.isTerminator(e), !view.isQuote(e), e - j < 12 {
            if view.isWord(e) { words += 1 }
            e += 1
        }
        guard words >= 3 else { return false }
        let w = view.lower(j)
        if view.lexicon.pronouns[w] != nil || w == "there" { return true }
        var name = j
        if view.has(.determiner, at: j) {
            guard view.isCapitalized(j + 1) else { return !(view.has(.timeWord, at: j + 1) || view.has(.timeWord, at: j + 2)) }
            // "told The Wall Street Journal.": a name after a determiner opens a clause only when a verb follows it.
            name = j + 1
        }
        guard view.isCapitalized(name), !view.has(.timeWord, at: name), !view.has(.month, at: name) else { return false }
        var c = name + 1
        while c < r.upperBound, view.isCapitalized(c) || view.isPunct(c, ".") || view.isPossessive(c) { c += 1 }
        return view.isWord(c) && !view.has(.prepositionWord, at: c) && view.cue(c) == nil
    }

    /// "The two nations, Xi said, now have a golden opportunity": after a content-last
    /// attribution and a comma, the sentence's clause goes on; it is reported too, as a
    /// second statement of the same speaker and cue (a statement split by its attribution is
    /// two records). Quotations are left to the quotation rules.
    func addMedialContinuations(_ found: inout [AttributionFrame], _ sentence: Sentence, _ n: Int) {
        insertContinuations(&found) { medialContinuation(of: $0, sentence, n) }
    }

    /// The medial continuation of frame `f`, if it is a content-last attribution set off by
    /// commas with a clause after it.
    private func medialContinuation(of f: AttributionFrame, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard f.pattern == .contentLast, f.rule == .contentLast || f.rule == .inverted || f.rule == .apposition,
              f.content.lowerBound >= sentence.start else { return nil }
        let a = f.attributionStart
        guard a - 2 >= r.lowerBound, view.isComma(a - 1), !view.isQuote(a - 2) else { return nil }
        guard let j = commaClosingAttribution(from: max(f.cue.upperBound, f.speaker?.upperBound ?? f.cue.upperBound),
                                              through: f.cue.upperBound + 8, r, stopsAtDash: true),
              j + 1 < r.upperBound else { return nil }
        let s = j + 1
        guard view.isWord(s), view.cue(s) == nil, !view.has(.nonContinuation, at: s),
              let cont = continuation(from: s, sentence) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: f.cue, speaker: f.speaker,
                                content: cont, relay: f.relay, cueKind: f.cueKind, rule: .medial, antecedent: f.antecedent)
    }

    /// Inserts, right after each frame of `found`, the frame `continuation` makes of it, if any;
    /// the inserted frames are not read again.
    func insertContinuations(_ found: inout [AttributionFrame], _ continuation: (AttributionFrame) -> AttributionFrame?) {
        var i = 0
        while i < found.count {
            let f = found[i]
            i += 1
            if let c = continuation(f) {
                found.insert(c, at: i)
                i += 1
            }
        }
    }

    /// The comma that closes an attribution's phrase ("…, Xi said, now …", "…, according to
    /// Dennis Ross, was …"), scanning from token `j` up to the one after `limit`: nil when a
    /// terminator, quotation mark, colon or semicolon (or, with `stopsAtDash`, a dash) comes first.
    func commaClosingAttribution(from j: Int, through limit: Int, _ r: Range<Int>, stopsAtDash: Bool) -> Int? {
        var j = j
        while j < r.upperBound, j <= limit, !view.isComma(j) {
            if view.isTerminator(j) || view.isQuote(j) || view.isPunct(j, ":") || view.isPunct(j, ";")
                || stopsAtDash && view.isDash(j) { return nil }
            j += 1
        }
        return j < r.upperBound && view.isComma(j) ? j : nil
    }

    /// The rest of the sentence from token `s` when it holds three words or more and no quotation mark.
    private func continuation(from s: Int, _ sentence: Sentence) -> Range<Int>? {
        let r = sentence.tokens
        var words = 0
        var e = s
        while e < r.upperBound {
            if view.isQuote(e) || e - s >= Self.clauseReach { return nil }
            if view.isWord(e) { words += 1 }
            e += 1
        }
        guard words >= 3 else { return nil }
        return Range.nonEmpty(view.token(s).start, contentEnd(sentence))
    }
}
