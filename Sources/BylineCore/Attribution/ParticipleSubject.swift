/// Who speaks through a participle ("…, saying …"): the subject of the clause the participle
/// hangs on, which is not always the sentence's opening subject. In "Christie made the city a
/// priority, but the effort stalled, and he has battled the firm, at one point calling …" the
/// participle belongs to the last clause, whose subject is "he"; the pronoun is tied back to
/// the name later, as any pronoun speaker is. A pronoun that opens a reported, relative or
/// subordinate clause ("she said she was thinking, …, adding", "with whom he clashed", "after
/// they came out") is that clause's subject, not the participle's.
extension FrameFinder {
    /// How far back from the participle a clause subject is looked for, in tokens.
    static let participleSubjectReach = 30

    /// The speaker of the participle at `k` and the rule that chose it: a nearer clause subject
    /// than the sentence's (or the previous frame's) speaker, or that speaker.
    func participleSpeaker(_ k: Int, _ r: Range<Int>, previous: AttributionFrame?) -> (Range<Int>, AttributionRule)? {
        let fallback = previous?.speaker ?? sentenceSubject(r)
        guard let p = clauseSubjectPronoun(before: k, r, outside: previous?.content) else { return fallback.map { ($0, .participle) } }
        if let f = fallback, f.lowerBound >= p, !opensReportedClause(f.lowerBound) {
            return (f, .participle)
        }
        return (p..<(p + 1), .participleClauseSubject)
    }

    /// The nearest personal pronoun before `k`, outside quotations, that is the subject of a
    /// clause of its own: not one opening a reported or subordinate clause ("said he", "that
    /// she", "how he"), nor one inside the content the previous frame reports.
    /// `reported` is that content's scalar range.
    func clauseSubjectPronoun(before k: Int, _ r: Range<Int>, outside reported: Range<Int>?) -> Int? {
        let lo = max(r.lowerBound, k - Self.participleSubjectReach)
        var p = k - 1
        while p >= lo {
            if !quoted[p], !(reported?.contains(view.token(p).start) ?? false), view.isWord(p), let pronoun = view.lexicon.pronouns[view.lower(p)],
               pronoun.gender != .unknown || pronoun.plural {
                if !opensReportedClause(p) { return p }
            }
            p -= 1
        }
        return nil
    }

    /// "said she", "that he", "which they", "how he", "after they": a pronoun right after a cue,
    /// a complementizer, a relative or question word or a preposition opens a clause that is
    /// reported, relative or subordinate.
    func opensReportedClause(_ p: Int) -> Bool {
        guard p > 0, view.isWord(p - 1) else { return false }
        return view.cue(p - 1) != nil || view.has(.complementizer, at: p - 1) || view.has(.relativePronoun, at: p - 1)
            || view.has(.questionOpener, at: p - 1) || view.has(.prepositionWord, at: p - 1)
    }
}

/// "After saying her foot was “so swollen …,” she was whisked off": a participle opening the
/// sentence after a connective speaks through the main clause's subject, which comes after
/// the phrase's closing comma; what it says runs to that comma.
extension FrameFinder {
    /// How far the opening phrase may run before its closing comma, in tokens.
    static let openingParticipleReach = 40

    func openingParticiple(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard k - 1 == r.lowerBound, view.has(.introduction, at: k - 1), view.has(.prepositionWord, at: k - 1)
                || view.has(.sentenceConjunction, at: k - 1) || view.has(.questionOpener, at: k - 1),
              entry.kind == .speech || entry.kind == .cognition else { return nil }
        let hi = min(r.upperBound, k + Self.openingParticipleReach)
        guard let comma = ((k + 1)..<hi).first(where: { view.isComma($0) }), comma - k > 3 else { return nil }
        var s = comma + 1
        while s < r.upperBound, view.isQuote(s) { s += 1 }
        guard s < r.upperBound, view.isWord(s) else { return nil }
        // The main clause opens like a sentence: its subject is found the same way.
        guard let subject = sentenceSubject(s..<r.upperBound), subject.lowerBound == s else { return nil }
        // The closing mark of a quotation cut by the comma stays with what was said.
        var end = view.token(comma - 1).end
        if view.isQuote(comma + 1), quoted[comma + 1] == quoted[comma - 1] { end = view.token(comma + 1).end }
        let start = view.token(k + 1).start
        guard end > start else { return nil }
        return AttributionFrame(pattern: .participle, sentence: n, cue: k..<(k + 1), speaker: subject,
                                content: start..<end, relay: nil, cueKind: entry.kind, rule: .openingParticiple)
    }
}
