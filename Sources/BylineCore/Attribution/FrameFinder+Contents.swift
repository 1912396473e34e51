/// Where contents end: a long one bounded by the attribution before it, a speaker-first one
/// cut where the next attribution of its sentence begins, unless that one is reported inside it.
extension FrameFinder {
    /// In a very long sentence a content that runs back to the sentence's start would make
    /// each attribution cost the whole sentence; there it starts after the previous one. An
    /// attribution whose cue runs right up to this one ("…, X said, according to Y") bounds
    /// nothing, so the nearest one ending before the content does.
    func boundLongContents(_ found: inout [AttributionFrame], _ sentence: Sentence) {
        guard found.count > 1 else { return }
        for i in 1..<found.count where found[i].content.lowerBound == sentence.start {
            let cue = view.token(found[i].cue.lowerBound).start
            guard cue - sentence.start > Self.longContent else { continue }
            var j = i - 1
            while j > 0, view.token(found[j].cue.upperBound - 1).end >= found[i].content.upperBound { j -= 1 }
            let previousEnd = view.token(found[j].cue.upperBound - 1).end
            if previousEnd < found[i].content.upperBound {
                found[i].content = previousEnd..<found[i].content.upperBound
            }
        }
    }

    /// Contents longer than this, in scalars, are bounded by the previous attribution.
    static let longContent = 1_500

    /// Speaker-first contents stop where the next attribution in the sentence begins.
    func cutContents(_ found: inout [AttributionFrame], _ sentence: Sentence) {
        for i in found.indices where found[i].pattern == .speakerFirst || found[i].pattern == .participle
            || (found[i].pattern == .accordingTo && found[i].content.lowerBound > view.token(found[i].cue.lowerBound).start) {
            for j in (i + 1)..<max(i + 1, found.count) {
                let next = found[j]
                if isNested(next, in: found[i]) { continue }
                // "… urges her husband to leave and repeatedly says, “…”": a coordinated verb's
                // subject stands before this content, so the content stops at its cue.
                let opens = next.rule == .coordinatedVerb
                    && next.speaker.map { $0.lowerBound < view.doc.tokenIndex(at: found[i].content.lowerBound) } ?? false
                    ? next.cue.lowerBound : next.attributionStart
                let cut = view.token(opens).start
                if cut > found[i].content.lowerBound && cut < found[i].content.upperBound {
                    let end = trimmedEnd(before: opens, floor: found[i].content.lowerBound)
                    found[i].content = found[i].content.lowerBound..<max(found[i].content.lowerBound, end)
                    break
                }
            }
        }
        found.removeAll { $0.content.isEmpty }
    }

    /// "Obama said it would tell …", "the report says the company “reports …”": a speaker-first
    /// frame inside the first clause of a speaker-first content is part of what is reported, so
    /// it does not end that content. A punctuation mark or a conjunction before it ("…, and
    /// Clinton said …") starts an attribution of its own.
    func isNested(_ inner: AttributionFrame, in outer: AttributionFrame) -> Bool {
        guard outer.pattern == .speakerFirst, inner.pattern == .speakerFirst, inner.sentence == outer.sentence else { return false }
        let start = inner.attributionStart
        var k = doc.tokenIndex(at: outer.content.lowerBound)
        guard k < start, view.token(start).start < outer.content.upperBound else { return false }
        if k > 0, view.isQuote(k - 1) || view.isPunct(k - 1, ":") { return false }
        while k < start {
            if !view.isWord(k) && view.token(k).kind != .number { return false }
            k += 1
        }
        // "condemned what he called “…”": the naming frame stands on its own.
        return !view.has(.independentFrameOpener, at: start - 1)
    }

    /// "said abortion rights supporters have been “galvanized”": words running from a speech cue
    /// straight into an opening mark, with no comma or colon before it, are the clause the
    /// quotation ends, not a tail to skip ("said in a statement “…”", "said Tuesday “…”").
    func opensClause(_ words: Range<Int>) -> Bool {
        guard words.count >= 2, let first = words.first, view.isWord(first),
              !view.has(.prepositionWord, at: first), !view.has(.timeWord, at: first) else { return false }
        return words.allSatisfy { view.isWord($0) || view.token($0).kind == .number || view.isPossessive($0) }
    }

    /// The end of the content that precedes token `k`: commas, dashes and connectives dropped.
    func trimmedEnd(before k: Int, floor: Int) -> Int {
        var j = k - 1
        while j >= 0, view.token(j).start >= floor {
            if view.isComma(j) || view.isDash(j) || view.isPunct(j, ";") || view.isPunct(j, ":")
                || (view.isWord(j) && view.has(.trailingConnective, at: j)) {
                j -= 1
                continue
            }
            break
        }
        return j >= 0 ? max(floor, view.token(j).end) : floor
    }
}
