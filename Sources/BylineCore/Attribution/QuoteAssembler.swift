/// Turns frames and quoted stretches into attributed statements in reading order: a frame's
/// content becomes direct (exactly one quotation), mixed (quotation and reported words) or
/// indirect; a quotation no frame covers inherits the speaker of the attribution just
/// before it ("“A,” Lin Jian remarked. “B.”"), within a short reach, or has none.
struct QuoteAssembler {
    /// One attributed statement before ids are given.
    struct Attribution {
        var kind: Quote.Kind
        var content: Range<Int>
        var cue: Range<Int>?
        var speaker: SpeakerResolver.Resolved?
        var sentence: Int
        /// What the source chain reads of the frame behind it, nil for an inherited quotation.
        var frame: FrameTrace?
        /// Set for "citing X" and "as reported by X" frames that only name a relay.
        var relayOnly: Bool
        /// The rule that found it.
        var rule: AttributionRule
    }

    /// A frame's pattern and relay, all that is kept of it per attribution (a whole frame
    /// would double the size of each, and dense text has tens of thousands).
    struct FrameTrace {
        var pattern: AttributionFrame.Pattern
        var relay: Range<Int>?
    }

    /// How many paragraphs back an uncued quotation may look for its speaker.
    static let inheritReach = 2
    /// Quotations shorter than this, with no cue, are scare quotes or titles.
    static let minOrphanWords = 4
    /// Quotations looked at inside one content, which bounds the work in pathological text.
    static let maxStretchesPerContent = 64

    let view: TokenView
    let stretches: [QuoteMarkPairer.Stretch]
    let frames: [AttributionFrame]
    let entities: [Entity]
    let publisher: String?

    func assemble() -> [Attribution] {
        let doc = view.doc
        var covered: [Range<Int>] = frames.map(\.content)
        covered.sort { $0.lowerBound < $1.lowerBound }
        var events: [(position: Int, frame: Int?, stretch: Int?)] = []
        for (i, f) in frames.enumerated() { events.append((view.token(f.cue.lowerBound).start, i, nil)) }
        var c = 0
        var reach = -1
        for (i, st) in stretches.enumerated() {
            while c < covered.count, covered[c].lowerBound <= st.start { reach = max(reach, covered[c].upperBound); c += 1 }
            let inside = reach >= st.end - 1
            if !inside { events.append((st.start, nil, i)) }
        }
        events.sort { $0.position < $1.position }
        var resolver = SpeakerResolver(view: view, entities: entities)
        var result: [Attribution] = []
        result.reserveCapacity(events.count)
        var lastSpoken: Int? = nil
        var lastQuoted: Int? = nil
        var framesInSentence: [Int: Int] = [:]
        for f in frames { framesInSentence[f.sentence, default: 0] += 1 }
        for e in events {
            if let fi = e.frame {
                let f = frames[fi]
                var speaker = f.speaker.map { resolver.resolve($0) }
                if let a = f.antecedent, var sp = speaker, sp.kind == .person || sp.kind == .unknown {
                    let named = resolver.resolve(a)
                    // The sentence's first word alone, capitalised only for opening it, and not
                    // taken by the entity stage ("Outright victory is vital, he said"), is no name
                    // to give the pronoun.
                    let openingWord = a.count == 1 && a.lowerBound == view.doc.sentences[f.sentence].tokens.lowerBound
                    if named.kind == .person, let name = named.name, named.entity != nil || !openingWord,
                       resolver.agrees(pronoun: f.speaker!, with: name) {
                        sp.name = name
                        sp.entity = named.entity
                        sp.kind = .person
                        sp.rule = .pronounAntecedent
                        speaker = sp
                    }
                }
                let cue = view.token(f.cue.lowerBound).start..<view.token(f.cue.upperBound - 1).end
                let relayOnly = f.pattern == .citing && (framesInSentence[f.sentence] ?? 0) > 1
                let (kind, content) = classify(f.content)
                if let sp = speaker, !relayOnly, !isPublisher(sp.name) { resolver.note(sp) }
                if speaker != nil && !(relayOnly || isPublisher(speaker?.name)) {
                    lastSpoken = result.count
                    if kind != .indirect { lastQuoted = result.count }
                }
                result.append(Attribution(kind: kind, content: content, cue: cue, speaker: speaker, sentence: f.sentence,
                                          frame: FrameTrace(pattern: f.pattern, relay: f.relay), relayOnly: relayOnly || isPublisher(speaker?.name),
                                          rule: f.rule))
            } else if let si = e.stretch {
                let st = stretches[si]
                let words = wordCount(st.start..<st.end)
                guard words >= Self.minOrphanWords, !isTitleInRunningText(st) else { continue }
                let sentence = doc.sentenceIndex(at: st.start) ?? 0
                let paragraph = doc.sentences[sentence].paragraph
                let last = lastSpoken.map { result[$0] }
                if let last, paragraph - doc.sentences[last.sentence].paragraph <= Self.inheritReach {
                    let inherited = inheritedCue(from: last, quoted: lastQuoted.map { result[$0] })
                    lastSpoken = result.count
                    result.append(Attribution(kind: .direct, content: st.start..<st.end, cue: inherited.cue,
                                              speaker: last.speaker, sentence: sentence, frame: nil, relayOnly: false,
                                              rule: inherited.rule))
                } else if words >= 8 {
                    result.append(Attribution(kind: .direct, content: st.start..<st.end, cue: nil, speaker: nil,
                                              sentence: sentence, frame: nil, relayOnly: false, rule: .unattributed))
                }
            }
        }
        return result
    }

    func isPublisher(_ name: String?) -> Bool {
        guard let name, let publisher else { return false }
        return SourceName.key(name) == SourceName.key(publisher)
    }

    /// Direct when the content is one quotation (give or take the marks around it), mixed
    /// when it holds one among other words, indirect otherwise.
    func classify(_ content: Range<Int>) -> (Quote.Kind, Range<Int>) {
        let i = firstStretch(endingAfter: content.lowerBound)
        var inside: [QuoteMarkPairer.Stretch] = []
        var j = i
        while j < stretches.count, stretches[j].start < content.upperBound, j - i < Self.maxStretchesPerContent {
            if stretches[j].start >= content.lowerBound - 1 { inside.append(stretches[j]) }
            j += 1
        }
        guard let first = inside.first else { return (.indirect, content) }
        if inside.count == 1, first.start <= content.lowerBound + 1, first.end >= content.upperBound - 2 {
            return (.direct, first.start..<first.end)
        }
        let start = min(content.lowerBound, first.start)
        let end = max(content.upperBound, inside.last!.end)
        return (.mixed, start..<end)
    }

    func firstStretch(endingAfter offset: Int) -> Int {
        var lo = 0, hi = stretches.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if stretches[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func wordCount(_ r: Range<Int>) -> Int {
        var n = 0
        var k = view.doc.tokenIndex(at: r.lowerBound)
        while k < view.doc.tokens.count, view.token(k).start < r.upperBound, n < 64 {
            if view.isWord(k) { n += 1 }
            k += 1
        }
        return n
    }
}
