/// The frame finder's sieves: at each token the named rules are tried in a fixed order,
/// as CoreNLP's quote attribution tries its sieves, and the first that applies decides.
extension FrameFinder {
    /// The sieves tried at each token, in this order; the first that applies decides the token
    /// (it may decide that there is no frame there). A sentence that ends with no frame then
    /// tries `embeddedQuotation`.
    enum Sieve: CaseIterable {
        case dashSignature, colonSpeaker, headlineColon, statementColon, accordingTo, citing, raisingVerb, reportedQuestion, headlineCue
        case prepositionalCue, nounComplement, cueVerb
    }

    static let sieves: [Sieve] = [.dashSignature, .colonSpeaker, .headlineColon, .statementColon, .accordingTo, .citing, .raisingVerb,
                                  .reportedQuestion, .headlineCue, .prepositionalCue, .nounComplement, .cueVerb]

    /// Per distinct word of `layer`: whether some sieve's guard can hold at it. A word opens a
    /// frame only as a cue (of one word, of two, or before a preposition), a stance noun, or
    /// "according"/"citing"; the token loop skips the rest without trying every sieve.
    static func framingWords(_ layer: LexicalLayer) -> [Bool] {
        let stanceNoun = WordClass.stanceNoun.bit
        return layer.lowered.indices.map { t in
            if layer.phrasalHeads[t] || layer.prepositionalHeads[t] || layer.classes[t].contains(stanceNoun) { return true }
            if layer.cues[t] != nil { return true }
            // The byte count first: most words are neither, and comparing strings costs more.
            let w = layer.lowered[t], bytes = w.utf8.count
            return (bytes == 9 && w == "according") || (bytes == 6 && w == "citing")
        }
    }

    /// Whether some sieve may apply at token `k`: a framing word (`framingWords`), a colon or
    /// a dash. Any other token is passed over by every sieve's guard.
    @inline(__always)
    func mayOpenFrame(_ k: Int) -> Bool {
        let t = view.token(k)
        switch t.kind {
        case .word: return opensFrame[Int(view.layer.typeOf[k])]
        case .punctuation: return view.isDash(k) || view.isPunct(k, ":") || view.isPunct(k, "\u{2015}")
        default: return false
        }
    }

    enum SieveResult {
        /// The sieve does not apply at this token: the next one is tried.
        case pass
        /// The sieve applies; the frame it found, if any.
        case decided(AttributionFrame?)
    }

    @inline(__always)
    func apply(_ sieve: Sieve, at k: Int, _ sentence: Sentence, _ n: Int, previous: AttributionFrame?) -> SieveResult {
        let r = sentence.tokens
        switch sieve {
        case .dashSignature:
            guard view.isDash(k) || view.isPunct(k, "\u{2015}"), let f = dashSignature(k, sentence, n) else { return .pass }
            return .decided(f)
        case .colonSpeaker:
            guard view.isPunct(k, ":"), let f = colonSpeaker(k, sentence, n) else { return .pass }
            return .decided(f)
        case .headlineColon:
            guard view.isPunct(k, ":"), let f = headlineColon(k, sentence, n) else { return .pass }
            return .decided(f)
        case .statementColon:
            guard view.isPunct(k, ":"), let f = statementColon(k, sentence, n) else { return .pass }
            return .decided(f)
        case .accordingTo:
            guard !quoted[k], view.isWord(k), view.lower(k) == "according", k + 1 < r.upperBound,
                  view.lower(k + 1) == "to" else { return .pass }
            return .decided(accordingTo(k, sentence, n))
        case .citing:
            guard !quoted[k], view.isWord(k), view.lower(k) == "citing", k > r.lowerBound, view.isComma(k - 1) else { return .pass }
            guard let np = mentions.phrase(from: k + 1, hi: r.upperBound, loose: true) else { return .decided(nil) }
            return .decided(AttributionFrame(pattern: .citing, sentence: n, cue: k..<(k + 1), speaker: np,
                                             content: sentence.start..<view.token(k - 1).start, relay: nil,
                                             cueKind: .speech, rule: .citing))
        case .raisingVerb:
            guard !quoted[k], view.isWord(k), let entry = view.cue(k), isRaisingCue(k, entry, r) else { return .pass }
            return .decided(raisingFrame(k, sentence, n, previous: previous))
        case .reportedQuestion:
            guard !quoted[k], view.isWord(k), view.cue(k)?.lemma == "ask", let f = reportedQuestion(k, sentence, n) else { return .pass }
            return .decided(f)
        case .headlineCue:
            guard !quoted[k], view.isCapitalized(k), let entry = view.cue(k), let f = headlineCue(k, entry, sentence, n) else { return .pass }
            return .decided(f)
        case .prepositionalCue:
            guard !quoted[k], view.opensPrepositionalCue(k), let p = cuePreposition(after: k, r),
                  let f = prepositionalFrame(k, preposition: p, sentence, n, previous: previous) else { return .pass }
            return .decided(f)
        case .nounComplement:
            guard !quoted[k], view.isWord(k), view.has(.stanceNoun, at: k),
                  let f = nounComplement(k, sentence, n, previous: previous) else { return .pass }
            return .decided(f)
        case .cueVerb:
            guard !quoted[k], view.isWord(k) else { return .pass }
            guard let entry = view.cue(k) ?? (k + 1 < r.upperBound ? view.phrasalCue(k) : nil) else { return .pass }
            // "— said Ana Ruiz" signs a quotation; "Ana Ruiz — a teacher — says he …" closes an aside.
            if k > r.lowerBound, view.isDash(k - 1) { return .decided(setOffSubjectFrame(k, entry, sentence, n)) }
            return .decided(verbFrame(k, entry, sentence, n, previous: previous))
        }
    }
}
