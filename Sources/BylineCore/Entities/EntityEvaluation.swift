/// Exact-match precision, recall and F1 of the raw tagger over labelled documents, per label
/// and overall: the figures the training command prints for the development data.
public struct EntityEvaluation: Sendable {
    public struct Counts: Sendable, Equatable {
        public var correct = 0, predicted = 0, gold = 0

        public init(correct: Int = 0, predicted: Int = 0, gold: Int = 0) {
            self.correct = correct
            self.predicted = predicted
            self.gold = gold
        }
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(_ o: Counts) {
            correct += o.correct; predicted += o.predicted; gold += o.gold
        }
    }

    public var byLabel: [String: Counts] = [:]

    public var overall: Counts { byLabel.values.reduce(into: Counts()) { $0.add($1) } }

    public func overall(excluding label: String) -> Counts {
        byLabel.filter { $0.key != label }.values.reduce(into: Counts()) { $0.add($1) }
    }

    public init(model: EntityModel, resources: EntityResources, documents: [LabeledDocument]) {
        let tagger = EntityTagger(model: model)
        for labeled in documents {
            let doc = Document(labeled.text)
            let profile = TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters,
                                   spellings: resources.spellings)
            var predicted = Set<String>()
            for s in tagger.tag(doc, profile: profile) {
                let label = model.tags.labels[s.label]
                predicted.insert("\(doc.tokens[s.tokens.lowerBound].start) \(doc.tokens[s.tokens.upperBound - 1].end) \(label)")
                byLabel[label, default: Counts()].predicted += 1
            }
            for g in labeled.spans {
                byLabel[g.label, default: Counts()].gold += 1
                if predicted.contains("\(g.start) \(g.end) \(g.label)") { byLabel[g.label, default: Counts()].correct += 1 }
            }
        }
    }
}
