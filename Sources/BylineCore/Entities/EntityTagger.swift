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
        let n = model.tags.count
        let kept = WordScoreSums(width: n, keys: 2 * profile.types.word.count)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: FeatureBuffer.capacity) { block in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { sums in
                tag(doc, profile: profile, features: FeatureBuffer(block), sums: sums.baseAddress!, kept: kept)
            }
        }
    }

    /// Scores each token as the sums of its word's own features, kept (`WordScoreSums`) from
    /// the first token with the same local key, plus the rows of its context features; then decodes.
    private func tag(_ doc: Document, profile: TokenProfile, features: FeatureBuffer,
                     sums: UnsafeMutablePointer<Int32>, kept: borrowing WordScoreSums) -> [Span] {
        var spans: [Span] = []
        var features = features
        var scores: [Float] = []
        let n = model.tags.count
        let hasLocalKeys = EntityFeatures.hasLocalKeys(profile)
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
                    if hasLocalKeys {
                        let (local, found) = kept.sums(for: EntityFeatures.localKey(profile, token: k))
                        if !found {
                            EntityFeatures.extract(profile, doc, token: k, sentence: whole, parts: .local, into: &features)
                            model.addRows(features.features, to: local)
                            features.removeAll()
                        }
                        sums.update(from: local, count: n)
                        EntityFeatures.extract(profile, doc, token: k, sentence: whole, parts: .context, into: &features)
                    } else {
                        sums.update(repeating: 0, count: n)
                        EntityFeatures.extract(profile, doc, token: k, sentence: whole, into: &features)
                    }
                    model.addRows(features.features, to: sums)
                    model.setScores(sums: sums, into: &scores, at: (k - r.lowerBound) * n)
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
