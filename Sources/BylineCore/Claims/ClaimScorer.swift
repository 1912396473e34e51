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

    static let quantityWords: Set<String> = [
        "million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred", "hundreds",
        "dozen", "dozens", "percent", "per", "half", "twice", "double", "tripled", "doubled", "majority",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
    ]
    static let hedges: Set<String> = [
        "probably", "likely", "unlikely", "may", "might", "could", "possibly", "perhaps", "reportedly",
        "allegedly", "apparently", "appears", "appear", "seems", "seem", "expected", "potential", "potentially",
        "suggests", "estimated", "roughly", "about", "nearly", "almost",
    ]
    static let denials: Set<String> = ["denied", "deny", "denies", "denying", "rejected", "refuted", "dismissed", "never", "no", "not", "n't"]
    static let comparatives: Set<String> = [
        "more", "less", "fewer", "than", "increase", "increased", "increasing", "decrease", "decreased", "rise",
        "rising", "rose", "fell", "falling", "growing", "grew", "higher", "lower", "larger", "smaller", "compared",
        "additional", "over", "under",
    ]
    static let superlatives: Set<String> = [
        "most", "least", "largest", "biggest", "highest", "lowest", "first", "only", "record", "best",
        "worst", "never", "ever",
    ]
    static let causal: Set<String> = [
        "because", "due", "caused", "causes", "led", "result", "resulted", "therefore", "thus", "motivated",
        "since", "consequently", "exacerbating", "driven", "owing", "amid", "following", "exchange",
    ]
    static let ceremony: Set<String> = [
        "thanked", "thanks", "congratulated", "welcomed", "greeted", "wished", "hosted", "attended", "applauded",
        "celebrated", "honored", "honoured", "praised", "grateful", "pleasure", "delighted",
    ]

    /// The signal names in output order; a signal is its index here, so a sentence's signals fit
    /// in one bitmask.
    static let signalNames = ["number", "attributed", "hedged", "denial", "comparative", "superlative", "causal", "specific"]
    private static let number: UInt16 = 1 << 0, attributedBit: UInt16 = 1 << 1, hedged: UInt16 = 1 << 2
    private static let denial: UInt16 = 1 << 3, comparative: UInt16 = 1 << 4, superlative: UInt16 = 1 << 5
    private static let causalBit: UInt16 = 1 << 6, specific: UInt16 = 1 << 7, ceremonyBit: UInt16 = 1 << 8

    /// Every listed word with the bits of the lists it is in: one look-up a word instead of seven.
    static let wordBits: [String: UInt16] = {
        var bits: [String: UInt16] = [:]
        let lists: [(Set<String>, UInt16)] = [
            (quantityWords, number), (hedges, hedged), (denials, denial), (comparatives, comparative),
            (superlatives, superlative), (causal, causalBit), (ceremony, ceremonyBit),
        ]
        for (words, bit) in lists { for w in words { bits[w, default: 0] |= bit } }
        return bits
    }()

    /// `wordBits` keyed by the hash of each word's scalars, so tokens are looked up without
    /// building a String per word.
    static let wordTable: HashTable64<UInt16> = {
        var table = HashTable64<UInt16>(capacity: wordBits.count)
        for (word, bits) in wordBits { table[FeatureHash.string(word, lower: false)] = bits }
        return table
    }()
    static let thanHash = FeatureHash.string("than", lower: false)

    /// The hash of token `k`'s lowercase form exactly as `TokenView.lower` spells it, and whether
    /// that form ends in "er"; nil where `lower` gives "" (not a word or number, or too long).
    private func loweredHash(_ k: Int) -> (hash: UInt64, endsInEr: Bool)? {
        let t = view.token(k)
        guard t.kind == .word || t.kind == .number, t.length <= 24 else { return nil }
        let scalars = view.doc.text.scalars
        var h = FeatureHash.offset
        var last: UInt32 = 0, beforeLast: UInt32 = 0
        for i in t.start..<t.end {
            let v = scalars[i].value
            if v < 0x80 {
                let l = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                h = FeatureHash.step(h, l)
                beforeLast = last
                last = l
            } else {
                for c in String(scalars[i]).lowercased().unicodeScalars {
                    h = FeatureHash.step(h, c.value)
                    beforeLast = last
                    last = c.value
                }
            }
        }
        return (h, beforeLast == 0x65 && last == 0x72)
    }

    /// Claims for every sentence with enough signal; `sourceOf` gives the source id of an
    /// attribution overlapping a sentence, if any.
    func claims(sourceOf: (Int) -> String?, attributed: (Int) -> Bool) -> [Claim] {
        let doc = view.doc
        let table = Self.wordTable
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
                guard let w = loweredHash(k) else { continue }
                signals |= table[w.hash] ?? 0
                if signals & Self.comparative == 0, w.endsInEr, k + 1 < sentence.tokens.upperBound,
                   loweredHash(k + 1)?.hash == Self.thanHash {
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
