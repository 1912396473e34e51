/// Outlets that carried a speaker's words without being the speaker: "said on CNBC",
/// "told CNBC in August", "In an interview with Cosmopolitan magazine, she said",
/// "In a Bloomberg interview he declared". Each scan is bounded by a few tokens.
extension FrameFinder {
    /// An outlet after "on", "to", "via" or "with" in the short tail after a cue.
    func tailRelay(after k: Int, upTo end: Int) -> Range<Int>? {
        var j = k + 1
        while j < end, j - k <= 8 {
            if view.has(.relayPreposition, at: j), j + 1 < end,
               let np = mentions.phrase(from: j + 1, hi: end, loose: false), isOutletPhrase(np) {
                return np
            }
            j += 1
        }
        return nil
    }

    /// The outlet of an opening "In an interview with X," or "In a X interview".
    func openingInterviewRelay(_ r: Range<Int>, before k: Int) -> Range<Int>? {
        let lo = r.lowerBound
        guard k - lo >= 4, view.lower(lo) == "in", view.has(.indefiniteArticle, at: lo + 1) else { return nil }
        let limit = min(k, lo + 12)
        if view.lower(lo + 2) == "interview", lo + 4 < limit, view.lower(lo + 3) == "with",
           let np = mentions.phrase(from: lo + 4, hi: limit, loose: false), isOutletPhrase(np) || outletByName(np) {
            return np
        }
        var e = lo + 2
        while e < limit, view.isCapitalized(e), !isTimeName(e) { e += 1 }
        guard e > lo + 2, e < limit, view.has(.interviewWord, at: e) else { return nil }
        // "In a Chicago Tribune essay": the essay, which names its outlet.
        return view.has(.documentHead, at: e) ? (lo + 1)..<(e + 1) : (lo + 2)..<e
    }

    /// "Russia’s propagandistic network RT": a phrase whose head word names an outlet type before a name.
    func outletByName(_ np: Range<Int>) -> Bool {
        np.contains { view.has(.outletType, at: $0) }
    }

    /// Relays named anywhere in a frame's sentence rather than beside its cue: "A few days ago
    /// in an interview with Russia’s network RT he blasted …", "…, in an interview with The
    /// Washington Post last week", "In a Wall Street Journal essay, she acknowledged …". An
    /// opening phrase serves the frames whose speaker follows it; a later one, the frames whose
    /// content does not hold it (a speaker inside the content is the one interviewed).
    /// "mentioned by Ivanka Trump in an interview with Cosmopolitan magazine": the speaker
    /// phrase stops before it.
    func addSentenceRelays(_ frames: inout [AttributionFrame], _ sentence: Sentence) {
        guard frames.contains(where: { $0.relay == nil }) else { return }
        for k in sentence.tokens where !quoted[k] && (view.has(.interviewWord, at: k) || view.has(.meetingWord, at: k)) {
            guard let (opener, relay) = formatRelay(at: k, in: sentence.tokens) else { continue }
            let start = view.token(opener).start
            // "…, in an interview with X last week.": a tail after a comma serves the sentence's first frame.
            let tail = opener > sentence.tokens.lowerBound && view.isComma(opener - 1)
            let first = frames.indices.first { frames[$0].content.contains(start) }
            for i in frames.indices where frames[i].relay == nil {
                let f = frames[i]
                if let sp = f.speaker, sp.lowerBound < opener, opener < sp.upperBound {
                    frames[i].speaker = sp.lowerBound..<opener
                } else if f.pattern == .citing {
                    continue
                } else if let sp = f.speaker, sp.overlaps(opener..<relay.upperBound) {
                    // "… with the editorial board of the Washington Post Trump said": the outlet's
                    // name ends at its outlet word, the speaker's starts after it.
                    guard sp.upperBound == relay.upperBound, let w = relay.last(where: { view.has(.outletWord, at: $0) }),
                          w + 1 < relay.upperBound, sp.lowerBound <= w + 1,
                          ((w + 1)..<relay.upperBound).allSatisfy({ view.isCapitalized($0) }) else { continue }
                    frames[i].speaker = (w + 1)..<sp.upperBound
                    frames[i].relay = relay.lowerBound..<(w + 1)
                    continue
                } else if opener == sentence.tokens.lowerBound {
                    guard (f.speaker ?? f.cue).lowerBound > relay.upperBound else { continue }
                } else if f.content.contains(start), !(tail && i == first) {
                    continue
                }
                frames[i].relay = relay
            }
        }
    }

    /// "in an interview with X", "in a March meeting with the editorial board of X" (the outlet X),
    /// "in a Bloomberg interview" (Bloomberg), "in a Wall Street Journal essay" (the essay, which
    /// names its outlet): the token of "in" and the relay, for the format word at `k`.
    func formatRelay(at k: Int, in r: Range<Int>) -> (opener: Int, relay: Range<Int>)? {
        guard let article = stride(from: k - 1, through: max(r.lowerBound + 1, k - 6), by: -1)
                .first(where: { view.has(.indefiniteArticle, at: $0) }),
              view.has(.formatPreposition, at: article - 1) else { return nil }
        if k + 2 < r.upperBound, view.lower(k + 1) == "with",
           var np = mentions.phrase(from: k + 2, hi: r.upperBound, loose: false) {
            if np.upperBound + 1 < r.upperBound, view.lower(np.upperBound) == "of",
               let more = mentions.phrase(from: np.upperBound + 1, hi: r.upperBound, loose: false) {
                np = np.lowerBound..<more.upperBound
            }
            // "… network RT he blasted", "… The Denver Post last week": the phrase stops before
            // a subject pronoun or a time phrase.
            if let p = np.first(where: { $0 > np.lowerBound && (view.lexicon.pronouns[view.lower($0)] != nil
                                                                 || !view.isCapitalized($0) && view.has(.timeWord, at: $0)) }) {
                np = np.lowerBound..<p
            }
            let outlet = outletNamed(in: np)
            guard isOutletPhrase(outlet) || outletByName(np) else { return nil }
            return (article - 1, outlet)
        }
        guard view.has(.interviewWord, at: k) else { return nil }
        var lo = k
        while lo > article + 1, view.isCapitalized(lo - 1), !isTimeName(lo - 1) { lo -= 1 }
        guard lo < k, lo == article + 1 else { return nil }
        return (article - 1, view.has(.documentHead, at: k) ? article..<(k + 1) : lo..<k)
    }

    /// "In a July interview", "in a Wednesday interview": a month or a day names no outlet.
    func isTimeName(_ k: Int) -> Bool {
        view.has(.timeWord, at: k) || view.has(.month, at: k)
    }

    /// The outlet a relay phrase names: "the editorial board of the Washington Post" → the
    /// Washington Post, "Russia’s propagandistic network RT" → RT.
    func outletNamed(in np: Range<Int>) -> Range<Int> {
        if let of = np.last(where: { view.lower($0) == "of" }), of > np.lowerBound, !view.isCapitalized(of - 1),
           of + 1 < np.upperBound {
            return (of + 1)..<np.upperBound
        }
        if let type = np.last(where: { view.has(.outletType, at: $0) }), type + 1 < np.upperBound, view.isCapitalized(type + 1) {
            var end = type + 1
            while end < np.upperBound, view.isCapitalized(end) { end += 1 }
            return (type + 1)..<end
        }
        return np
    }

}
