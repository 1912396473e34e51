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

    /// Claims for every sentence with enough signal; `sourceOf` gives the source id of an
    /// attribution overlapping a sentence, if any.
    func claims(sourceOf: (Int) -> String?, attributed: (Int) -> Bool) -> [Claim] {
        let doc = view.doc
        var result: [Claim] = []
        for (n, sentence) in doc.sentences.enumerated() {
            var signals: Set<String> = []
            var capitalized = 0
            var ceremony = false
            var words = 0
            var question = false
            for k in sentence.tokens {
                let t = view.token(k)
                if t.kind == .number { signals.insert("number"); words += 1; continue }
                if t.kind == .punctuation, view.first(k) == "?" { question = true }
                guard t.kind == .word else { continue }
                words += 1
                let w = view.lower(k)
                if view.isCapitalized(k) && k > sentence.tokens.lowerBound { capitalized += 1 }
                if Self.quantityWords.contains(w) { signals.insert("number") }
                if Self.hedges.contains(w) { signals.insert("hedged") }
                if Self.denials.contains(w) { signals.insert("denial") }
                if Self.comparatives.contains(w) || (w.hasSuffix("er") && k + 1 < sentence.tokens.upperBound && view.lower(k + 1) == "than") {
                    signals.insert("comparative")
                }
                if Self.superlatives.contains(w) { signals.insert("superlative") }
                if Self.causal.contains(w) { signals.insert("causal") }
                if Self.ceremony.contains(w) { ceremony = true }
            }
            guard words >= 4 else { continue }
            if attributed(n) { signals.insert("attributed") }
            if capitalized >= 2 { signals.insert("specific") }
            var score = 0.1
            for s in signals { score += Self.weights[s] ?? 0 }
            if ceremony { score -= 0.3 }
            if question { score -= 0.2 }
            score = min(1, max(0, score))
            guard score >= Self.threshold else { continue }
            let names = signals.sorted { (Self.order[$0] ?? 99) < (Self.order[$1] ?? 99) }
            let span = doc.text.span(sentence.start, sentence.end)
            result.append(Claim(id: "C\(result.count + 1)", span: span, source: sourceOf(n),
                                score: (score * 100).rounded() / 100, signals: names))
        }
        return result
    }

    static let order: [String: Int] = [
        "number": 0, "attributed": 1, "hedged": 2, "denial": 3, "comparative": 4, "superlative": 5, "causal": 6, "specific": 7,
    ]
}
