/// Runs the learnt model over a document, sentence by sentence: features, scores, Viterbi.
/// Yields raw labelled token ranges in the model's own label set (PER, ORG, LOC, MISC).
public struct EntityTagger: Sendable {
    public struct Span: Equatable, Sendable {
        /// Document token indices.
        public var tokens: Range<Int>
        /// Index into the model's labels.
        public var label: Int
    }

    public let model: EntityModel
    public let decoder: ViterbiDecoder

    public init(model: EntityModel) {
        self.model = model
        self.decoder = ViterbiDecoder(tags: model.tags)
    }

    public func tag(_ doc: Document, profile: TokenProfile) -> [Span] {
        var spans: [Span] = []
        var features: [UInt64] = []
        features.reserveCapacity(EntityFeatures.maxPerToken)
        var scores: [Float] = []
        let n = model.tags.count
        for sentence in doc.sentences {
            let r = sentence.tokens
            guard !r.isEmpty else { continue }
            scores.removeAll(keepingCapacity: true)
            scores.append(contentsOf: repeatElement(0, count: r.count * n))
            for k in r {
                features.removeAll(keepingCapacity: true)
                EntityFeatures.extract(profile, doc, token: k, sentence: r, into: &features)
                model.setScores(features[...], into: &scores, at: (k - r.lowerBound) * n)
            }
            let path = decoder.decode(scores: scores, length: r.count, transitions: model.transitions)
            for (range, label) in model.tags.decode(path) {
                spans.append(Span(tokens: (range.lowerBound + r.lowerBound)..<(range.upperBound + r.lowerBound), label: label))
            }
        }
        return spans
    }
}
