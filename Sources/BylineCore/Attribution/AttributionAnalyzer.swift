/// The attribution stage: who said what, who relayed it, and which statements are worth
/// checking. Works without entities (speakers come from the syntax around each cue) and
/// uses the recogniser's entities, when given, to name and type the speakers.
///
/// Every step is a bounded scan over tokens, so the stage is linear in the text.
public struct AttributionAnalyzer: Sendable {
    public init() {}

    /// Analyses `doc` with the bundled lexicon and gazetteers.
    public func analyze(_ doc: Document, entities: [Entity], metadata: ArticleMetadata)
        -> (quotes: [Quote], sources: [Source], claims: [Claim]) {
        guard !doc.tokens.isEmpty else { return ([], [], []) }
        return analyze(doc, layer: LexicalLayer(bundled: doc), entities: entities, metadata: metadata)
    }

    /// Analyses `doc` through its lexical layer, shared with the entity stage.
    public func analyze(_ doc: Document, layer: LexicalLayer, entities: [Entity], metadata: ArticleMetadata)
        -> (quotes: [Quote], sources: [Source], claims: [Claim]) {
        guard !doc.tokens.isEmpty else { return ([], [], []) }
        let view = TokenView(doc, layer: layer)
        var sources: [Source]
        let seeds: [QuoteSeed]
        do {
            // Frames and attributions end here: only the seeds of the quotes outlive them.
            let stretches = QuoteMarkPairer.pair(doc)
            let frames = FrameFinder(view, stretches: stretches).frames()
            let attributions = QuoteAssembler(view: view, stretches: stretches, frames: frames, entities: entities,
                                              publisher: metadata.publisher).assemble()
            let (built, nodeOf) = SourceChainBuilder(view: view, publisher: metadata.publisher).build(attributions)
            sources = built
            seeds = QuoteSeed.inReadingOrder(attributions, sources: nodeOf)
        }
        var quotes: [Quote] = []
        quotes.reserveCapacity(seeds.count)
        var bySentence: [Int: String] = [:]
        var sourceIndex: [String: Int] = [:]
        for (i, s) in sources.enumerated() { sourceIndex[s.id] = i }
        for a in seeds {
            let id = "Q\(quotes.count + 1)"
            let speaker = a.mention.map {
                Speaker(name: a.speakerName, entity: a.speakerEntity, mention: doc.text.span($0))
            }
            let source = a.source
            let content = a.content
            var quote = Quote(id: id, kind: a.kind, content: doc.text.span(content),
                              cue: a.cue.map { doc.text.span($0) }, speaker: speaker, source: source)
            quote.explanation = Explanation(frame: a.rule.rawValue, speaker: a.speakerRule?.rawValue)
            quotes.append(quote)
            if let source, let n = sourceIndex[source] { sources[n].quotes.append(id) }
            if let source {
                var k = doc.sentenceIndex(at: content.lowerBound) ?? a.sentence
                while k < doc.sentences.count, doc.sentences[k].start < content.upperBound {
                    if bySentence[k] == nil { bySentence[k] = source }
                    k += 1
                }
                if bySentence[a.sentence] == nil { bySentence[a.sentence] = source }
            }
        }
        let claims = ClaimScorer(view: view).claims(sourceOf: { bySentence[$0] }, attributed: { bySentence[$0] != nil })
        for c in claims {
            if let source = c.source, let n = sourceIndex[source] { sources[n].claims.append(c.id) }
        }
        return (quotes, sources, claims)
    }
}
