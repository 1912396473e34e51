/// Trains the recogniser: an averaged structured perceptron over BILOU tags, decoding each
/// sentence with Viterbi and updating the features of the tokens (and the transitions) it got
/// wrong. Features come from `EntityFeatures`, the same code inference runs.
public struct EntityTrainer {
    public struct Options: Sendable {
        public var epochs: Int
        public var bucketBits: Int
        public var seed: UInt64

        public init(epochs: Int = 12, bucketBits: Int = 18, seed: UInt64 = 20_241_129) {
            self.epochs = epochs
            self.bucketBits = bucketBits
            self.seed = seed
        }
    }

    /// One sentence ready for training: per-token feature buckets and gold tags.
    struct Instance {
        var buckets: [Int32]
        var offsets: [Int32]
        var gold: [Int]
    }

    /// How well the gold spans fitted the project's tokens.
    public struct Alignment: Sendable, Equatable {
        public var spans = 0
        public var misaligned = 0
    }

    public let tags: EntityTagSet
    public let resources: EntityResources
    public let options: Options

    public init(labels: [String], resources: EntityResources, options: Options = Options()) {
        self.tags = EntityTagSet(labels: labels)
        self.resources = resources
        self.options = options
    }

    /// Trains on `documents`; `log` receives one line per epoch.
    public func train(_ documents: [LabeledDocument], log: (String) -> Void = { _ in }) -> (EntityModel, Alignment) {
        let (instances, alignment) = prepare(documents)
        let n = tags.count
        let size = (1 << options.bucketBits) * n
        var w = [Float](repeating: 0, count: size)
        var u = [Double](repeating: 0, count: size)
        var trans = [Float](repeating: 0, count: n * n)
        var transU = [Double](repeating: 0, count: n * n)
        let decoder = ViterbiDecoder(tags: tags)
        var c = 1.0
        var order = Array(instances.indices)
        var rng = SplitMix(state: options.seed)
        var scores: [Float] = []
        for epoch in 1...max(1, options.epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            var wrongTokens = 0, tokens = 0
            for index in order {
                let inst = instances[index]
                let len = inst.gold.count
                scores.removeAll(keepingCapacity: true)
                scores.append(contentsOf: repeatElement(0, count: len * n))
                w.withUnsafeBufferPointer { wp in
                    for k in 0..<len {
                        for f in Int(inst.offsets[k])..<Int(inst.offsets[k + 1]) {
                            let row = Int(inst.buckets[f]) * n
                            for t in 0..<n { scores[k * n + t] += wp[row + t] }
                        }
                    }
                }
                let pred = decoder.decode(scores: scores, length: len, transitions: trans)
                tokens += len
                if pred != inst.gold {
                    for k in 0..<len where pred[k] != inst.gold[k] {
                        wrongTokens += 1
                        for f in Int(inst.offsets[k])..<Int(inst.offsets[k + 1]) {
                            let row = Int(inst.buckets[f]) * n
                            w[row + inst.gold[k]] += 1; u[row + inst.gold[k]] += c
                            w[row + pred[k]] -= 1; u[row + pred[k]] -= c
                        }
                    }
                    for k in 1..<max(1, len) where pred[k - 1] != inst.gold[k - 1] || pred[k] != inst.gold[k] {
                        let g = inst.gold[k - 1] * n + inst.gold[k], p = pred[k - 1] * n + pred[k]
                        trans[g] += 1; transU[g] += c
                        trans[p] -= 1; transU[p] -= c
                    }
                }
                c += 1
            }
            log("epoch \(epoch): token errors \(wrongTokens) of \(tokens)")
        }
        var averaged = [Float](repeating: 0, count: size)
        for i in 0..<size where w[i] != 0 || u[i] != 0 { averaged[i] = Float(Double(w[i]) - u[i] / c) }
        var averagedTrans = [Float](repeating: 0, count: n * n)
        for i in 0..<(n * n) { averagedTrans[i] = Float(Double(trans[i]) - transU[i] / c) }
        let model = EntityModel(tags: tags, bucketBits: options.bucketBits, weights: averaged, transitions: averagedTrans)
        return (model, alignment)
    }

    func prepare(_ documents: [LabeledDocument]) -> ([Instance], Alignment) {
        var instances: [Instance] = []
        var alignment = Alignment()
        var features: [UInt64] = []
        let mask = UInt64((1 << options.bucketBits) - 1)
        for labeled in documents {
            let doc = Document(labeled.text)
            let profile = TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters,
                                   spellings: resources.spellings)
            let gold = goldTags(labeled, doc, &alignment)
            for sentence in doc.sentences where !sentence.tokens.isEmpty {
                var inst = Instance(buckets: [], offsets: [0], gold: Array(gold[sentence.tokens]))
                for k in sentence.tokens {
                    features.removeAll(keepingCapacity: true)
                    EntityFeatures.extract(profile, doc, token: k, sentence: sentence.tokens, into: &features)
                    for f in features { inst.buckets.append(Int32(truncatingIfNeeded: f & mask)) }
                    inst.offsets.append(Int32(inst.buckets.count))
                }
                instances.append(inst)
            }
        }
        return (instances, alignment)
    }

    /// Gold BILOU tags per document token; spans whose edges fall inside a token are counted.
    func goldTags(_ labeled: LabeledDocument, _ doc: Document, _ alignment: inout Alignment) -> [Int] {
        var spans: [(range: Range<Int>, label: Int)] = []
        for s in labeled.spans {
            alignment.spans += 1
            guard let label = tags.labels.firstIndex(of: s.label) else { continue }
            let first = doc.tokenIndex(at: s.start)
            var last = first
            while last < doc.tokens.count && doc.tokens[last].end <= s.end { last += 1 }
            guard first < last, doc.tokens[first].start == s.start, doc.tokens[last - 1].end == s.end else {
                alignment.misaligned += 1
                if first < last { spans.append((first..<last, label)) }
                continue
            }
            spans.append((first..<last, label))
        }
        var tagsOut = [Int](repeating: 0, count: doc.tokens.count)
        for (r, l) in spans {
            let t = tags.encode(length: r.count, spans: [(0..<r.count, l)])
            for (k, x) in t.enumerated() { tagsOut[r.lowerBound + k] = x }
        }
        return tagsOut
    }
}

/// A tiny deterministic random generator, so training runs are repeatable.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state)
    }
}
