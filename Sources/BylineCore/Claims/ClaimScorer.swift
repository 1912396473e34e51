/// Scores sentences for check-worthiness with named signals: numbers and quantities,
/// attribution to a source, hedges, denials, comparisons, superlatives and causal links
/// raise the score; ceremony ("He thanked the hosts"), questions and opinion lower it.
/// A sentence with no signal at all is not a claim.
struct ClaimScorer {
    let view: TokenView

    static let weights: [String: Double] = [
        "number": 0.25, "attributed": 0.2, "hedged": 0.1, "denial": 0.15, "comparative": 0.1,
        "superlative": 0.1, "causal": 0.1, "specific": 0.1,
    ]
    /// Sentences scoring below this are left out.
    static let threshold = 0.3

    /// The signal names in output order; a signal is its index here, so a sentence's signals fit
    /// in one bitmask.
    static let signalNames = ["number", "attributed", "hedged", "denial", "comparative", "superlative", "causal", "specific"]
    private static let number: UInt16 = 1 << 0, attributedBit: UInt16 = 1 << 1, hedged: UInt16 = 1 << 2
    private static let denial: UInt16 = 1 << 3, comparative: UInt16 = 1 << 4, superlative: UInt16 = 1 << 5
    private static let causalBit: UInt16 = 1 << 6, specific: UInt16 = 1 << 7, ceremonyBit: UInt16 = 1 << 8

    /// The lexicon classes that raise each signal (and ceremony, which lowers the score).
    private static let classSignals: [(WordClass, UInt16)] = [
        (.claimQuantity, number), (.claimHedge, hedged), (.claimDenial, denial), (.claimComparative, comparative),
        (.claimSuperlative, superlative), (.claimCausal, causalBit), (.claimCeremony, ceremonyBit),
    ]

    /// The signal bits of a word's lexicon classes.
    private static func signals(of classes: WordClasses) -> UInt16 {
        var bits: UInt16 = 0
        for (c, bit) in classSignals where classes.contains(c.bit) { bits |= bit }
        return bits
    }

    /// Every claim class, to skip the signal mapping for words in none.
    private static let claimClasses: WordClasses = classSignals.reduce([]) { $0.union($1.0.bit) }

    /// Claims for every sentence with enough signal; `sourceOf` gives the source id of an
    /// attribution overlapping a sentence, if any.
    func claims(sourceOf: (Int) -> String?, attributed: (Int) -> Bool) -> [Claim] {
        let doc = view.doc
        var result: [Claim] = []
        for (n, sentence) in doc.sentences.enumerated() {
            var signals: UInt16 = 0
            var capitalized = 0
            var words = 0
            var question = false
            for k in sentence.tokens {
                let t = view.token(k)
                if t.kind == .number { signals |= Self.number; words += 1; continue }
                if t.kind == .punctuation, view.first(k) == "?" { question = true }
                guard t.kind == .word else { continue }
                words += 1
                if view.isCapitalized(k) && k > sentence.tokens.lowerBound { capitalized += 1 }
                let classes = view.layer.classes(k, t).intersection(Self.claimClasses)
                if !classes.isEmpty { signals |= Self.signals(of: classes) }
                if signals & Self.comparative == 0, k + 1 < sentence.tokens.upperBound, view.lower(k + 1) == "than",
                   view.lower(k).hasSuffix("er") {
                    signals |= Self.comparative
                }
            }
            guard words >= 4 else { continue }
            let ceremony = signals & Self.ceremonyBit != 0
            signals &= ~Self.ceremonyBit
            if attributed(n) { signals |= Self.attributedBit }
            if capitalized >= 2 { signals |= Self.specific }
            var score = 0.1
            var names: [String] = []
            for (i, name) in Self.signalNames.enumerated() where signals & (1 << i) != 0 {
                score += Self.weights[name] ?? 0
                names.append(name)
            }
            if ceremony { score -= 0.3 }
            if question { score -= 0.2 }
            score = min(1, max(0, score))
            guard score >= Self.threshold else { continue }
            let span = doc.text.span(sentence.start, sentence.end)
            result.append(Claim(id: "C\(result.count + 1)", span: span, source: sourceOf(n),
                                score: (score * 100).rounded() / 100, signals: names))
        }
        return result
    }
}
