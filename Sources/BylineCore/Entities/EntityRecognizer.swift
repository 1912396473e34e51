/// Finds the entities of a document: the learnt tagger for names, rules for values, titles
/// kept outside name spans, then one entity per referent with ids "E1", "E2", … in order of
/// first mention. The bundled model is loaded once per process and shared by every copy.
public struct EntityRecognizer: Sendable {
    public let tagger: EntityTagger
    public let resources: EntityResources
    private let typeRules: EntityTypeRules
    private let valueRules: ValueRules
    private let merger: MentionMerger
    private let theHash = FeatureHash.string("the", lower: true)

    /// The recogniser with the model and resources bundled in BylineCore.
    public init() {
        let bundled = BundledEntityData.shared
        self.init(model: bundled.model, resources: bundled.resources)
    }

    public init(model: EntityModel, resources: EntityResources) {
        tagger = EntityTagger(model: model)
        self.resources = resources
        typeRules = EntityTypeRules(gazetteer: resources.gazetteer)
        valueRules = ValueRules()
        merger = MentionMerger(aliases: resources.aliases)
    }

    public func recognize(_ doc: Document) -> [Entity] {
        recognize(doc, profile: TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters,
                                   spellings: resources.spellings))
    }

    /// The entities of `doc` from a token profile already built over this recogniser's
    /// gazetteers and word classes (the document's lexical layer holds one).
    public func recognize(_ doc: Document, profile: TokenProfile) -> [Entity] {
        let names = nameMentions(doc, profile: profile)
        var taken = [Bool](repeating: false, count: doc.tokens.count)
        for m in names { for k in m.tokens { taken[k] = true } }
        let values = valueRules.find(doc, profile: profile, taken: taken)
        var entities = merger.merge(names, doc: doc) + merger.merge(values, doc: doc)
        entities.sort { ($0.mentions.first?.start ?? 0) < ($1.mentions.first?.start ?? 0) }
        for k in entities.indices { entities[k].id = "E\(k + 1)" }
        return entities
    }

    /// Named mentions in text order, with titles, a leading "the" and a leading lowercase
    /// compound ("pro-Clinton") outside their spans, and pairs of people ("Putin-Kim") split.
    public func nameMentions(_ doc: Document, profile: TokenProfile) -> [NameMention] {
        let titles = TitleFinder(profile: profile)
        let headline = HeadlineCase(profile: profile)
        var spans = tagger.tag(doc, profile: profile)
        if let person = tagger.model.tags.labels.firstIndex(of: "PER") {
            spans = NamePropagation.addPersonNameParts(consume spans, person: person,
                                                       organization: tagger.model.tags.labels.firstIndex(of: "ORG"),
                                                       doc: doc, profile: profile)
        }
        var out: [NameMention] = []
        out.reserveCapacity(spans.count)
        for span in spans {
            if headline.isCommonWords(span.tokens) { continue }
            let label = tagger.model.tags.labels[span.label]
            var r = span.tokens
            if label == "PER" { r = titles.nameStart(r)..<r.upperBound }
            if r.count > 1 && profile.lower[r.lowerBound] == theHash { r = (r.lowerBound + 1)..<r.upperBound }
            if r.count > 1 && isLowercaseCompound(doc, doc.tokens[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
            let words = r.map { doc.string(doc.tokens[$0]) }
            let type = typeRules.type(label: label, lowerHashes: ArraySlice(profile.lower[r]), wordHashes: ArraySlice(profile.word[r]), words: words)
            var title: String? = nil
            if type == .person, let t = titles.title(before: r.lowerBound) {
                title = doc.text.text(doc.tokens[t.lowerBound].start, doc.tokens[t.upperBound - 1].end)
            }
            let start = doc.tokens[r.lowerBound].start, end = doc.tokens[r.upperBound - 1].end
            out.append(NameMention(tokens: r, start: start, end: end, text: doc.text.text(start, end), type: type, title: title))
        }
        return PairedNames.split(out, doc: doc)
    }

    /// "pro-Clinton" in "pro-Clinton Priorities USA": a lowercase hyphenated word is no part of the name after it.
    private func isLowercaseCompound(_ doc: Document, _ t: Token) -> Bool {
        let s = doc.text.scalars
        guard ScalarClass.isLower(s[t.start]) else { return false }
        return s[t.start..<t.end].contains(where: ScalarClass.isHyphen)
    }
}
