/// An absolute construction as an attribution: "…, with RealClearPolitics showing her ahead
/// 3 points", "With the White House saying it will veto the bill, …". The participle has a
/// subject of its own, the name after "with", and that name speaks, not the sentence's subject.
extension FrameFinder {
    /// The frame of a participle cue at `k` whose subject is a name (or a described document,
    /// source, organisation or office) right after a "with" that opens the sentence or follows a comma.
    func absoluteConstruction(_ k: Int, _ entry: CueLexicon.Entry, _ sentence: Sentence, _ n: Int) -> AttributionFrame? {
        let r = sentence.tokens
        guard k - 2 >= r.lowerBound, !quoted[k] else { return nil }
        var with = k - 1
        while with > r.lowerBound, k - with <= SpeakerMentionFinder.maxPhrase, view.lower(with) != "with" {
            guard view.isWord(with) || view.isPossessive(with) || view.token(with).kind == .number else { return nil }
            with -= 1
        }
        guard view.lower(with) == "with", with == r.lowerBound || view.isComma(with - 1), with + 1 < k,
              let np = mentions.simpleSubject(beforeCue: k, lo: with + 1), np.lowerBound == with + 1, np.upperBound == k else { return nil }
        let head = np.upperBound - 1
        guard view.isCapitalized(head) && !view.has(.timeWord, at: head)
                || view.has(.determiner, at: np.lowerBound) && np.count > 1
                    && (view.has(.documentHead, at: head) || view.has(.anonymousHead, at: head) || view.has(.personHead, at: head)
                        || view.has(.organizationWord, at: head) || view.has(.governmentWord, at: head)) else { return nil }
        guard var content = contentAfter(k, entry, sentence, byDocument: true) else { return nil }
        // "With the White House saying it will veto the bill, the House …": the content ends at the
        // comma that closes the opening phrase.
        if with == r.lowerBound, let comma = (k..<r.upperBound).first(where: { view.isComma($0) && view.token($0).start > content.range.lowerBound }) {
            guard let cut = Range.nonEmpty(content.range.lowerBound, view.token(comma).start) else { return nil }
            content.range = cut
        }
        return AttributionFrame(pattern: .speakerFirst, sentence: n, cue: k..<(k + 1), speaker: np, content: content.range,
                                relay: content.relay, cueKind: entry.kind, rule: .absoluteConstruction)
    }

    /// "…, with RealClearPolitics showing her ahead 3 points, HuffPollster 4.3 points and
    /// FiveThirtyEight 2.1 points": a roundup that leaves out the repeated participle. Each name
    /// followed by a figure after a comma or "and" gets a frame of its own with the same cue, the
    /// first frame's content stops before them, and a cue word inside the list ("points") is a noun.
    func gapAbsoluteConstruction(_ found: inout [AttributionFrame], _ sentence: Sentence, _ n: Int) {
        guard let i = found.firstIndex(where: { $0.rule == .absoluteConstruction }) else { return }
        let a = found[i]
        let r = sentence.tokens
        guard let lo = r.first(where: { view.token($0).start >= a.content.lowerBound }) else { return }
        var gapped: [AttributionFrame] = []
        var firstGap: Int? = nil
        var k = lo
        while k < r.upperBound, view.token(k).start < a.content.upperBound {
            defer { k += 1 }
            guard view.isComma(k) && !(k + 1 < r.upperBound && view.lower(k + 1) == "and") || view.lower(k) == "and" else { continue }
            var s = k + 1
            if s < r.upperBound, view.lower(s) == "and" { s += 1 }
            var e = s
            while e < r.upperBound, view.isCapitalized(e), !view.has(.month, at: e) { e += 1 }
            guard e > s, e - s <= SpeakerMentionFinder.maxPhrase, e < r.upperBound, view.token(e).kind == .number else { continue }
            var end = e
            while end < r.upperBound, !view.isComma(end), view.lower(end) != "and", !view.isTerminator(end) { end += 1 }
            gapped.append(AttributionFrame(pattern: .speakerFirst, sentence: n, cue: a.cue, speaker: s..<e,
                                           content: view.token(e).start..<view.token(end - 1).end, relay: nil,
                                           cueKind: a.cueKind, rule: .absoluteConstruction))
            if firstGap == nil { firstGap = k }
        }
        guard let cut = firstGap, cut > lo, let own = Range.nonEmpty(a.content.lowerBound, view.token(cut - 1).end) else { return }
        found[i].content = own
        let listStart = view.token(cut).start, listEnd = a.content.upperBound
        found.removeAll { f in
            f.rule != .absoluteConstruction && (listStart..<listEnd).contains(view.token(f.cue.lowerBound).start)
        }
        found.append(contentsOf: gapped)
    }
}
