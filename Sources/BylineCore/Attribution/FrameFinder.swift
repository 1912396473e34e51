/// Finds attribution frames sentence by sentence: each speech or cognition cue outside a
/// quotation, with its speaker phrase and the span it reports, in the orders news writing
/// uses (speaker first, content first, inverted, "according to", "citing", "…, saying").
struct FrameFinder {
    let view: TokenView
    let mentions: SpeakerMentionFinder
    /// For each token, whether it lies inside a quoted stretch.
    let quoted: [Bool]
    /// Where each quoted stretch starts, by the offset where it ends.
    let stretchStart: [Int: Int]
    /// Where each quoted stretch ends, by the offset where it starts.
    let stretchEnd: [Int: Int]
    /// Per distinct word of the layer: whether a sieve may apply at it (`Self.mayOpenFrame`).
    let opensFrame: [Bool]

    init(_ view: TokenView, stretches: [QuoteMarkPairer.Stretch]) {
        let doc = view.doc
        self.view = view
        mentions = SpeakerMentionFinder(view: view)
        var quoted = [Bool](repeating: false, count: doc.tokens.count)
        for st in stretches {
            var k = doc.tokenIndex(at: st.start)
            while k < doc.tokens.count, doc.tokens[k].start < st.end {
                quoted[k] = true
                k += 1
            }
        }
        self.quoted = quoted
        var starts: [Int: Int] = [:], ends: [Int: Int] = [:]
        for st in stretches {
            starts[st.end] = st.start
            ends[st.start] = st.end
        }
        stretchStart = starts
        stretchEnd = ends
        opensFrame = Self.framingWords(view.layer)
    }

    var doc: Document { view.doc }

    func frames() -> [AttributionFrame] {
        var all: [AttributionFrame] = []
        for n in doc.sentences.indices { find(in: n, into: &all) }
        return all
    }

    /// The end of a sentence's content: before its final full stop, after a closing mark.
    func contentEnd(_ sentence: Sentence) -> Int {
        let r = sentence.tokens
        var k = r.upperBound - 1
        if view.isQuote(k) || view.isPunct(k, ")") { return sentence.end }
        while k > r.lowerBound, view.isTerminator(k) || view.isComma(k) || view.isPunct(k, ":") { k -= 1 }
        return view.token(k).end
    }

    func find(in n: Int, into all: inout [AttributionFrame]) {
        let sentence = doc.sentences[n]
        let r = sentence.tokens
        var found: [AttributionFrame] = []
        let sieves = Self.sieves
        for k in r {
            // Only cue-like words, colons and dashes open a frame: everything else is passed over at once.
            guard mayOpenFrame(k) else { continue }
            for sieve in sieves {
                guard case .decided(let frame) = apply(sieve, at: k, sentence, n, previous: found.last) else { continue }
                if let frame { found.append(frame) }
                break
            }
        }
        if found.isEmpty, let f = embeddedQuotation(sentence, n) { found.append(f) }
        addMedialContinuations(&found, sentence, n)
        addAccordingToContinuations(&found, sentence, n)
        gapAbsoluteConstruction(&found, sentence, n)
        for i in found.indices {
            if let sp = found[i].speaker, sp.count == 1, view.has(.personalRelative, at: sp.lowerBound) {
                // A name right before ", who", or else the speaker of an earlier frame of the sentence
                // ("“…,” said one Democrat familiar with the talks, who added").
                found[i].antecedent = mentions.relativeAntecedent(who: sp.lowerBound, lo: r.lowerBound)
                    ?? found[..<i].last(where: { $0.speaker.map { $0.upperBound < sp.lowerBound } ?? false })?.speaker
                continue
            }
            guard let sp = found[i].speaker, sp.count == 1, view.lexicon.pronouns[view.lower(sp.lowerBound)] != nil,
                  let subject = sentenceSubject(r), subject.upperBound <= sp.lowerBound,
                  // "Loyalty, he said, has …": a topic set off before the speaker is not who he is.
                  !(subject.upperBound + 1 == sp.lowerBound && view.isComma(subject.upperBound)),
                  view.isCapitalized(subject.upperBound - 1),
                  view.lexicon.pronouns[view.lower(subject.lowerBound)] == nil else { continue }
            found[i].antecedent = subject
        }
        boundLongContents(&found, sentence)
        cutContents(&found, sentence)
        addSentenceRelays(&found, sentence)
        all.append(contentsOf: found)
    }

    /// "Trump attacked “the hateful ideology …”": a quotation inside a sentence with no cue
    /// from the lexicon is attributed to the sentence's subject, through the verb after it.
    func embeddedQuotation(_ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard let q = r.first(where: { view.isQuote($0) && quoted[$0] }), q > r.lowerBound + 1,
              let subject = sentenceSubject(r), subject.upperBound < q else { return nil }
        var v = subject.upperBound
        while v < q, view.isWord(v), view.has(.betweenSubjectAndCue, at: v)
            || mentions.isAdverb(v, view.lower(v)) || view.isPossessive(v) { v += 1 }
        guard v < q, view.isWord(v), !view.isCapitalized(v) else { return nil }
        guard !view.has(.prepositionWord, at: v) else { return nil }
        guard !view.has(.phraseBreaker, at: v) || view.cue(v) != nil,
              !view.has(.determiner, at: v), v + 1 < r.upperBound else { return nil }
        let end = contentEnd(sentence)
        let start = view.token(v + 1).start
        guard end > start else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: v..<(v + 1), speaker: subject,
                                content: start..<end, relay: nil, cueKind: .weak, rule: .embeddedQuotation)
    }

    /// "Kerry: “By law, …”": a name and a colon before a quotation, as in transcripts.
    func colonSpeaker(_ k: Int, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard k > r.lowerBound, k + 1 < r.upperBound, view.isQuote(k + 1), quoted[k + 1],
              let speaker = colonSpeakerPhrase(before: k, r) else { return nil }
        let start = view.token(k + 1).start
        guard let content = Range.nonEmpty(start, stretchEnd[start] ?? contentEnd(sentence)) else { return nil }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                content: content, relay: nil, cueKind: .speech, rule: .colonSpeaker)
    }

    /// The name before a colon that introduces a quotation: a whole short sentence opening
    /// ("Kerry: “…”"), a name after a dash ("HEADLINE – Jane Roe: “…”"), after "from"
    /// ("More from Roe: “…”", "From the report: “…”") or after a title ("pollster Jane Roe: “…”").
    func colonSpeakerPhrase(before k: Int, _ r: Range<Int>) -> Range<Int>? {
        if k - r.lowerBound <= 5, (r.lowerBound..<k).allSatisfy({ view.isCapitalized($0) || view.isPunct($0, ".") }),
           view.isCapitalized(k - 1) {
            return r.lowerBound..<k
        }
        var p = k
        while p > r.lowerBound, k - p < 8,
              view.isCapitalized(p - 1) || view.isPunct(p - 1, ".") || (view.lower(p - 1) == "and" && p < k) { p -= 1 }
        guard p > r.lowerBound else { return nil }
        if p < k, view.isCapitalized(p), view.isCapitalized(k - 1) {
            let before = view.lower(p - 1)
            if view.isDash(p - 1) || view.isPunct(p - 1, "-") || before == "from" { return p..<k }
            if view.has(.personHead, at: p - 1), k - p >= 2 { return p..<k }
            return nil
        }
        // "From the report:": a document after "from".
        guard p == k, k - 2 >= r.lowerBound, view.has(.documentHead, at: k - 1),
              view.has(.determiner, at: k - 2), k - 3 >= r.lowerBound,
              view.lower(k - 3) == "from" else { return nil }
        return (k - 2)..<k
    }

    /// "“…” ― Julie Diaz": a quotation signed with a dash and a name that ends the sentence.
    func dashSignature(_ k: Int, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        var content: Range<Int>? = nil
        if k > r.lowerBound, view.isQuote(k - 1), quoted[k - 1] {
            let end = view.token(k - 1).end
            content = Range.nonEmpty(min(sentence.start, stretchStart[end] ?? sentence.start), end)
        } else if k == r.lowerBound, n > 0 {
            content = quotationEnding(before: n)
        }
        guard let content, k + 1 < r.upperBound, view.isCapitalized(k + 1),
              let np = mentions.phrase(from: k + 1, hi: r.upperBound, loose: false) else { return nil }
        var e = np.upperBound
        while e < r.upperBound, view.isComma(e) || view.isWord(e) || view.isTerminator(e) || view.token(e).kind == .number
            || view.isPunct(e, "(") || view.isPunct(e, ")") {
            if view.isTerminator(e) && e + 1 < r.upperBound { return nil }
            e += 1
            if e - np.upperBound > 12 { return nil }
        }
        guard e == r.upperBound else { return nil }
        return AttributionFrame(pattern: .contentLast, sentence: n, cue: k..<(k + 1), speaker: np,
                                content: content, relay: nil, cueKind: .speech, rule: .dashSignature)
    }

    func accordingTo(_ k: Int, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard let np = mentions.phrase(from: k + 2, hi: r.upperBound, loose: true) else { return nil }
        let cue = k..<(k + 2)
        var lead = r.lowerBound
        while lead < k, view.isWord(lead) || view.isComma(lead),
              view.has(.leadingConnective, at: lead) || view.isComma(lead) {
            lead += 1
        }
        let content: Range<Int>
        if lead == k {
            var c = np.upperBound
            while c < r.upperBound, view.isComma(c) || view.isDash(c) { c += 1 }
            if c < r.upperBound, view.has(.complementizer, at: c) { c += 1 }
            guard c < r.upperBound else { return nil }
            // "According to Reuters ." leaves only the full stop, which the content end drops.
            guard let range = Range.nonEmpty(view.token(c).start, contentEnd(sentence)) else { return nil }
            content = range
        } else {
            let end = trimmedEnd(before: k, floor: sentence.start)
            content = sentence.start..<end
        }
        return AttributionFrame(pattern: .accordingTo, sentence: n, cue: cue, speaker: np, content: content,
                                relay: nil, cueKind: .speech, rule: .accordingTo)
    }

    /// True when a cue in past participle form is used passively ("is expected", "was known").
    func isPassive(_ k: Int, _ lo: Int) -> Bool {
        // "is seeking", "was saying": a form of "be" right before an -ing form makes the progressive.
        if view.lower(k).hasSuffix("ing"), view.has(.beForm, at: k - 1) { return false }
        let j = mentions.skipAuxiliariesLeft(from: k, lo: lo)
        var b = k - 1
        while b > j {
            if view.has(.beForm, at: b) { return true }
            b -= 1
        }
        return false
    }

    func verbFrame(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int,
                   previous: AttributionFrame?) -> AttributionFrame? {
        let r = sentence.tokens
        let w = view.lower(k)
        if view.isCapitalized(k) && k > r.lowerBound && !(view.isQuote(k - 1) && quoted[k - 1]) { return nil }
        // "the report", "his claims", "the suing states": nouns, not cues.
        if k > r.lowerBound, view.isPossessive(k - 1) || view.has(.nounMarker, at: k - 1)
            || (view.isWord(k - 1) && !view.isCapitalized(k - 1) && view.lower(k - 1).hasSuffix("ing"))
            || view.isModifiedNounCue(k, lo: r.lowerBound) {
            return nil
        }
        if isPassive(k, r.lowerBound) && !(k + 1 < r.upperBound && view.has(.agentPreposition, at: k + 1)) { return nil }
        if isNounBeforeVerb(k, r) { return nil }
        // "…, as reported by X"
        if k + 1 < r.upperBound, view.has(.agentPreposition, at: k + 1), k > r.lowerBound, view.has(.reportedByLead, at: k - 1) {
            guard let np = mentions.phrase(from: k + 2, hi: r.upperBound, loose: true) else { return nil }
            let end = trimmedEnd(before: view.lower(k - 1) == "as" ? k - 1 : k, floor: sentence.start)
            return AttributionFrame(pattern: .citing, sentence: n, cue: (k - 1)..<(k + 2), speaker: np,
                                    content: sentence.start..<end, relay: nil, cueKind: entry.kind, rule: .asReportedBy)
        }
        if w.hasSuffix("ing"), let f = openingParticiple(k, entry, sentence, n) { return f }
        // "refrained from endorsing …": a stance after a preposition is not taken.
        if entry.stance, w.hasSuffix("ing"), k > r.lowerBound,
           view.has(.prepositionWord, at: k - 1) { return nil }
        if w.hasSuffix("ing"), let f = absoluteConstruction(k, entry, sentence, n) { return f }
        // "…, saying …" and "a series of tweets saying …": a participle has no subject of its own.
        if w.hasSuffix("ing"), k > r.lowerBound,
           view.isComma(k - 1) || (!view.has(.progressiveAuxiliary, at: k - 1)
                                   && !isDocumentPhrase(mentions.subject(beforeCue: k, lo: r.lowerBound))) {
            guard let (speaker, rule) = participleSpeaker(k, r, previous: previous),
                  let content = contentAfter(k, entry, sentence) else { return nil }
            return AttributionFrame(pattern: .participle, sentence: n, cue: k..<(k + 1), speaker: speaker,
                                    content: content.range, relay: nil, cueKind: entry.kind, rule: rule)
        }
        var subject = mentions.subject(beforeCue: k, lo: r.lowerBound)
        // The rule that found the subject when it is not right before the cue.
        var subjectRule: AttributionRule? = nil
        let joined = mentions.skipAuxiliariesLeft(from: k, lo: r.lowerBound)
        if subject == nil, joined > r.lowerBound, view.has(.verbJoiner, at: joined), !view.isComma(joined - 1) {
            // "Trump bemoaned the unrest and said …": the first verb's subject.
            subject = previous?.speaker ?? sentenceSubject(r)
            if subject != nil { subjectRule = .coordinatedVerb }
        }
        // "“…,” a spokesman for committee Democrats said": the whole phrase back to the closing mark.
        // Only when the sentence ends soon after the cue: a clause after it ("said she wanted")
        // makes the quotation before the phrase a title or an aside, not the content.
        if entry.kind != .cognition, let p = postmodifiedSpeaker(beforeCue: k, lo: r.lowerBound),
           shortTail(after: k, sentence, unlimited: false) != nil, !clauseFollows(cue: k, sentence),
           subject.map({ p.phrase.lowerBound < $0.lowerBound && $0.upperBound == p.phrase.upperBound }) ?? true {
            subject = p.speaker
            subjectRule = .postmodifiedSpeaker
        }
        // Where the speaker phrase starts when a description stands before the name.
        var leftEdge: Int? = nil
        var appositionRelay: Range<Int>? = nil
        if subject == nil, entry.kind != .cognition, let a = mentions.subjectBeforeApposition(cue: k, lo: r.lowerBound) {
            subject = a.subject
            subjectRule = .apposition
            if a.apposition.lowerBound < a.subject.lowerBound {
                leftEdge = a.apposition.lowerBound
                appositionRelay = outletInDescription(a.apposition)
            }
        }
        if subject == nil, entry.kind != .cognition, let a = mentions.nameAfterPossessiveDescription(cue: k, lo: r.lowerBound) {
            subject = a.subject
            subjectRule = .possessiveDescription
            leftEdge = a.apposition.lowerBound
        }
        if subject == nil, let d = mentions.documentNounSubject(beforeCue: k, lo: r.lowerBound) {
            subject = d
            subjectRule = .documentNoun
        }
        // "A Quinnipiac poll released in late August found": the document, not a word of the
        // participle's phrase (unless that phrase names its agent: "released by the family").
        if subjectRule == nil, let d = mentions.documentBeforeParticiple(cue: k, lo: r.lowerBound),
           subject.map({ s in d.upperBound < s.lowerBound && !(d.upperBound..<s.lowerBound).contains { view.has(.agentPreposition, at: $0) } }) ?? true {
            subject = d
            subjectRule = .documentParticiple
        }
        if let s0 = subject, w == entry.lemma, view.has(.indefiniteArticle, at: s0.lowerBound), s0.count > 1,
           view.isCapitalized(s0.upperBound - 1) {
            // "a Donald Trump tweet": a noun after a name, not a cue ("A teary-eyed Bush says" is a verb).
            return nil
        }
        if let subject {
            if leftEdge == nil, let f = leadIn(cue: k, entry, speaker: subject, sentence, n) { return f }
            if let f = namingQuotationFrame(k, entry, speaker: subject, sentence, n, rule: subjectRule) { return f }
            let before = (leftEdge ?? subject.lowerBound) - 1
            let afterContent = before >= r.lowerBound && (view.isComma(before) || view.isQuote(before) || view.isDash(before))
            let afterQuote = before >= r.lowerBound && view.isQuote(before) && quoted[before]
            // A quotation closing before the speaker is what was said, not the answer after the cue.
            if !afterQuote, let f = shortAnswerFrame(k, entry, speaker: subject, sentence, n) { return f }
            // "On ABC’s “This Week,” Rubio said …": a title before the speaker is not the content.
            if afterContent, !(afterQuote && closesTitle(before)),
               afterQuote || (entry.kind == .weak && !entry.stance) || !clauseFollows(cue: k, sentence),
               let tail = shortTail(after: k, sentence, unlimited: afterQuote) ?? (afterQuote ? (nil, ()) : nil) {
                let end = trimmedEnd(before: leftEdge ?? subject.lowerBound, floor: sentence.start)
                // A quotation the sentence splitter cut ('' marks) still starts where its mark is.
                var start = sentence.start
                if afterQuote, let s0 = stretchStart[view.token(before).end], s0 < start { start = s0 }
                guard end > start else { return nil }
                return AttributionFrame(pattern: .contentLast, sentence: n, cue: k..<(k + 1), speaker: subject,
                                        content: start..<end, relay: tail.relay, cueKind: entry.kind,
                                        rule: subjectRule ?? .contentLast)
            }
            if before < r.lowerBound, n > 0, let tail = shortTail(after: k, sentence, unlimited: false),
               let quote = quotationEnding(before: n) {
                // "“…?” Clinton said." split after the question mark.
                return AttributionFrame(pattern: .contentLast, sentence: n, cue: k..<(k + 1), speaker: subject,
                                        content: quote, relay: tail.relay, cueKind: entry.kind,
                                        rule: subjectRule ?? .previousQuotation)
            }
            // "A new poll showed Ruiz leading …": a document's evidence needs no "that".
            let byDocument = view.has(.documentHead, at: subject.upperBound - 1)
            guard let content = contentAfter(k, entry, sentence, byDocument: byDocument) else { return nil }
            return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: subject,
                                    content: content.range,
                                    relay: content.relay ?? appositionRelay ?? openingInterviewRelay(r, before: subject.lowerBound),
                                    cueKind: entry.kind, rule: subjectRule ?? .speakerFirst)
        }
        if let f = setOffSubjectFrame(k, entry, sentence, n) ?? quantifierSubjectFrame(k, entry, sentence, n)
            ?? infinitiveCueFrame(k, entry, sentence, n) { return f }
        // "“…,” said the spokesperson."
        let before = k - 1
        // "“…,” State spokesman Mark Toner said": a capitalised word before a description is a name, not a cue.
        if view.isCapitalized(k), !view.isCapitalized(k + 1), !view.has(.determiner, at: k + 1) { return nil }
        guard entry.kind != .cognition, entry.kind != .addressed, before > r.lowerBound,
              view.isComma(before) || view.isQuote(before), !closesTitle(before),
              let np = mentions.inverted(afterCue: k + 1, hi: r.upperBound) else {
            return distantSubjectFrame(k, entry, sentence, n)
        }
        let end = trimmedEnd(before: k, floor: sentence.start)
        guard end > sentence.start else { return nil }
        var relay: Range<Int>? = nil
        if np.upperBound + 1 < r.upperBound, view.has(.rolePreposition, at: np.upperBound) {
            relay = mentions.phrase(from: np.upperBound + 1, hi: r.upperBound, loose: false)
        }
        return AttributionFrame(pattern: .contentLast, sentence: n, cue: k..<(k + 1), speaker: np,
                                content: sentence.start..<end, relay: relay, cueKind: entry.kind, rule: .inverted)
    }

    /// "The welfare state is …", "Official figures show …": a cue word followed by a form of
    /// "be", a modal or another cue verb is the noun that verb agrees with.
    func isNounBeforeVerb(_ k: Int, _ r: Range<Int>) -> Bool {
        // Only a base or -s form can be a noun: "which he said were …" is a verb.
        let form = view.lower(k)
        guard let entry = view.cue(k), form == entry.lemma || form == entry.lemma + "s" else { return false }
        // "a provision they say could exclude …": after a pronoun it is the verb.
        if k > r.lowerBound, view.lexicon.pronouns[view.lower(k - 1)] != nil || view.has(.personalRelative, at: k - 1) { return false }
        guard k + 1 < r.upperBound, view.isWord(k + 1), !view.isCapitalized(k + 1) else { return false }
        let w = view.lower(k + 1)
        if view.has(.beForm, at: k + 1) || view.has(.modal, at: k + 1) { return true }
        guard let next = view.cue(k + 1) else { return false }
        return form.hasSuffix("s") && !w.hasSuffix("s") && !w.hasSuffix("ing") && !w.hasSuffix("ed") && next.lemma != entry.lemma
    }

    /// The quotation that closes the sentence before sentence `n` in the same paragraph.
    func quotationEnding(before n: Int) -> Range<Int>? {
        let prev = doc.sentences[n - 1]
        guard prev.paragraph == doc.sentences[n].paragraph else { return nil }
        let last = prev.tokens.upperBound - 1
        guard view.isQuote(last), quoted[last] else { return nil }
        return prev.start..<prev.end
    }

    /// After a content-last cue only a short tail may follow ("told USA Today", "said Monday",
    /// "wrote in a statement"); returns the outlet it names, if any.
    func shortTail(after k: Int, _ sentence: Sentence, unlimited: Bool) -> (relay: Range<Int>?, Void)? {
        let r = sentence.tokens
        let limit = unlimited ? 40 : 8
        var j = k + 1
        while j < r.upperBound, j - k <= limit {
            // "When asked …, he said, “I hope not.”": the cue introduces the quotation after it, a
            // statement of its own. ("So when they signed, he said, “we were floored.”" goes on
            // the sentence before the cue, which is then what was said.)
            if !unlimited, view.isComma(j), j + 2 < r.upperBound, view.isQuote(j + 1), quoted[j + 1],
               view.isCapitalized(j + 2) { return nil }
            if view.isTerminator(j) || view.isComma(j) || view.isPunct(j, ";") || view.isDash(j) { break }
            if view.isQuote(j) || view.isPunct(j, ":") { return nil }
            if view.has(.complementizer, at: j) || (!unlimited && view.cue(j) != nil && j > k + 1) { return nil }
            j += 1
        }
        if j - k > limit && j < r.upperBound { return nil }
        var relay: Range<Int>? = nil
        if k + 1 < j, let np = mentions.phrase(from: k + 1 + (view.lower(k + 1) == "via" ? 1 : 0), hi: j, loose: false),
           isOutletPhrase(np) {
            relay = np
        } else if k + 1 < j {
            relay = tailRelay(after: k, upTo: j)
        }
        return (relay, ())
    }

    func isOutletPhrase(_ r: Range<Int>) -> Bool {
        r.contains { view.has(.outletWord, at: $0) } && r.contains { view.isCapitalized($0) || view.lower($0) == "media" }
    }

    /// What a speaker-first cue reports: the rest of the sentence after the cue, its
    /// addressee ("told reporters") and "that" skipped; nil when nothing clause-like follows.
    func contentAfter(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence,
                      byDocument: Bool = false) -> (range: Range<Int>, relay: Range<Int>?)? {
        let r = sentence.tokens
        var c = k + 1
        var relay: Range<Int>? = nil
        var marked = false
        // Adverbs and time words right after the cue.
        while c < r.upperBound, view.isWord(c), mentions.isAdverb(c, view.lower(c)) || view.lower(c) == "out"
            || (entry.lemma == "put" && view.lower(c) == "it") { c += 1 }
        // Look a few tokens ahead for "that", a colon or a quotation opening.
        var j = c
        while j < r.upperBound, j - c < 7 {
            if view.has(.complementizer, at: j) && view.isWord(j) {
                // "said she welcomed it and that …": a second clause joined to a first one
                // that follows the cue bare, not an occasion or addressee before "that".
                if view.has(.sentenceConjunction, at: j - 1) && opensClause(c..<(j - 1)) { break }
                marked = true
                break
            }
            // "asked whether …", "wondered if …": a reported question.
            if view.has(.questionMarker, at: j), entry.lemma == "ask" || entry.lemma == "wonder" { marked = true; break }
            if view.isPunct(j, ":") || (view.isQuote(j) && quoted[j]) { marked = true; break }
            if view.isTerminator(j) || view.isPunct(j, ";") { break }
            if view.isComma(j) && (entry.kind == .addressed || (j + 1 < r.upperBound && view.isQuote(j + 1) && quoted[j + 1])) {
                marked = true
                break
            }
            if view.isComma(j) || (view.cue(j) != nil && !view.isCapitalized(j)) { break }
            j += 1
        }
        if marked {
            if c < j, entry.kind == .addressed || view.has(.channelPreposition, at: c),
               let np = mentions.phrase(from: c + (view.has(.channelPreposition, at: c) ? 1 : 0), hi: j, loose: false),
               isOutletPhrase(np) {
                relay = np
            }
            // The comma may close the sentence ("He told Reuters,"): nothing follows it then.
            let byQuotation = view.isQuote(j) || (view.isComma(j) && j + 1 < r.upperBound && view.isQuote(j + 1))
            // "said the tax was “a disaster”": words before an opening mark are part of what is said.
            let clauseBeforeQuotation = byQuotation && c < j && view.isQuote(j) && entry.kind != .addressed
                && ((c..<j).contains { view.lexicon.pronouns[view.lower($0)] != nil || view.has(.determiner, at: $0) })
                && (c..<j).contains { view.has(.beForm, at: $0) || view.has(.betweenSubjectAndCue, at: $0) }
                || (byQuotation && entry.kind == .speech && view.isQuote(j) && opensClause(c..<j))
            if !(byQuotation && entry.kind == .weak && c < j) && !clauseBeforeQuotation {
                c = j
                if view.isWord(c) || view.isPunct(c, ":") || view.isComma(c) { c += 1 }
            }
        } else {
            switch entry.kind {
            case .weak:
                guard entry.stance, c < r.upperBound, view.isWord(c) || view.isQuote(c),
                      !view.has(.nonObjectPreposition, at: c) || isInfinitive(c) else { return nil }
            case .evidence:
                break
            case .raising:
                return nil
            case .addressed:
                // "told reporters the plan was …": skip the addressee.
                guard c < r.upperBound else { return nil }
                if view.isCapitalized(c) {
                    let start = c
                    while c < r.upperBound, view.isCapitalized(c) { c += 1 }
                    if isOutletPhrase(start..<c) { relay = start..<c }
                } else {
                    c += 1
                }
            case .speech, .cognition:
                guard c < r.upperBound else { return nil }
                let w = view.lower(c)
                // "said about half of the loss …": "about" before a number is "roughly", not a topic.
                let approximates = view.lower(c) == "about" && c + 1 < r.upperBound
                    && (view.token(c + 1).kind == .number || view.has(.numberWord, at: c + 1) || view.has(.quantityHead, at: c + 1))
                if view.has(.afterCueNonContent, at: c) && entry.kind == .speech && !approximates {
                    if view.has(.prepositionWord, at: c), let t = clauseAfterOccasion(c, sentence) {
                        c = t
                        break
                    }
                    // "said about the platform:" closing a paragraph still introduces the quotation after it.
                    return endsWithColon(r) ? quotationOpening(after: sentence).map { ($0, relay) } : nil
                }
                if ["via"].contains(w) { return nil }
            }
        }
        if c >= r.upperBound, marked, endsWithColon(r) || view.isPunct(c - 1, ":") {
            // "He said:" closing a paragraph, the quotation opening the next one.
            return quotationOpening(after: sentence).map { ($0, relay) }
        }
        guard c < r.upperBound else { return nil }
        let start = view.token(c).start
        let end = contentEnd(sentence)
        guard end > start else { return nil }
        if entry.kind == .evidence && !marked && !byDocument { return nil }
        if entry.kind == .weak && !marked && isInfinitive(c) && holdsQuotation(c, sentence) { return nil }
        // A bare object is not reported speech: require a few words.
        if r.upperBound - c < (entry.stance ? 2 : 3) { return nil }
        return (start..<end, relay)
    }
}
