/// Outlets that carried a speaker's words without being the speaker: "said on CNBC",
/// "told CNBC in August", "In an interview with Cosmopolitan magazine, she said",
/// "In a Bloomberg interview he declared". Each scan is bounded by a few tokens.
extension FrameFinder {
    /// An outlet after "on", "to", "via" or "with" in the short tail after a cue.
    func tailRelay(after k: Int, upTo end: Int) -> Range<Int>? {
        var j = k + 1
        while j < end, j - k <= 8 {
            if ["on", "to", "via", "with"].contains(view.lower(j)), j + 1 < end,
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
        guard k - lo >= 4, view.lower(lo) == "in", ["a", "an"].contains(view.lower(lo + 1)) else { return nil }
        let limit = min(k, lo + 12)
        if view.lower(lo + 2) == "interview", lo + 4 < limit, view.lower(lo + 3) == "with",
           let np = mentions.phrase(from: lo + 4, hi: limit, loose: false), isOutletPhrase(np) || outletByName(np) {
            return np
        }
        var e = lo + 2
        while e < limit, view.isCapitalized(e) { e += 1 }
        guard e > lo + 2, e < limit, view.has(.interviewWord, at: e) else { return nil }
        return (lo + 2)..<e
    }

    /// "Russia’s propagandistic network RT": a phrase whose head word names an outlet type before a name.
    func outletByName(_ np: Range<Int>) -> Bool {
        np.contains { view.has(.outletType, at: $0) }
    }

}
