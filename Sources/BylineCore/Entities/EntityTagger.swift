/// Runs the learnt model over a document, sentence by sentence: features, scores, Viterbi.
/// Yields raw labelled token ranges in the model's own label set (PER, ORG, LOC, MISC).
public struct EntityTagger: Sendable {
    public struct Span: Equatable, Sendable {
        /// Document token indices.
        public var tokens: Range<Int>
        /// Index into the model's labels.
        public var label: Int
    }

    /// Sentences longer than this many tokens (run-on text without full stops) are decoded in
    /// pieces, so memory stays bounded whatever the input; real sentences are far shorter.
    public static let maxChunk = 512

    public let model: EntityModel
    public let decoder: ViterbiDecoder

    public init(model: EntityModel) {
        self.model = model
        self.decoder = ViterbiDecoder(tags: model.tags)
    }

    public func tag(_ doc: Document, profile: TokenProfile) -> [Span] {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: FeatureBuffer.capacity) { block in
            var spans: [Span] = []
            var features = FeatureBuffer(block)
            var scores: [Float] = []
            let n = model.tags.count
            for sentence in doc.sentences {
                let whole = sentence.tokens
                var chunkStart = whole.lowerBound
                while chunkStart < whole.upperBound {
                    let r = chunkStart..<min(whole.upperBound, chunkStart + EntityTagger.maxChunk)
                    chunkStart = r.upperBound
                    scores.removeAll(keepingCapacity: true)
                    scores.append(contentsOf: repeatElement(0, count: r.count * n))
                    for k in r {
                        features.removeAll()
                        EntityFeatures.extract(profile, doc, token: k, sentence: whole, into: &features)
                        model.setScores(features.features, into: &scores, at: (k - r.lowerBound) * n)
                    }
                    let path = decoder.decode(scores: scores, length: r.count, transitions: model.transitions)
                    for (range, label) in model.tags.decode(path) {
                        spans.append(Span(tokens: (range.lowerBound + r.lowerBound)..<(range.upperBound + r.lowerBound), label: label))
                    }
                }
            }
            return spans
        }
    }
}
