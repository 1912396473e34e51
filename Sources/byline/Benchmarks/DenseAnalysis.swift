import BylineCore

/// A made-up analysis that is dense everywhere, for the reader benchmark: it stresses the
/// panes and the body's styling at the scale of a 5 MB article. Not a real analysis.
enum DenseAnalysis {
    static func make(_ doc: Document) -> Analysis {
        let s = doc.text.scalars
        var byName: [String: [Span]] = [:]
        var order: [String] = []
        for t in doc.tokens where t.kind == .word && ScalarClass.isUpper(s[t.start]) {
            let name = doc.string(t)
            if byName[name] == nil { order.append(name) }
            byName[name, default: []].append(doc.text.span(t.start, t.end))
        }
        let types: [EntityType] = [.person, .org, .gpe, .norp]
        let entities = order.enumerated().map { n, name in
            Entity(id: "e\(n + 1)", name: name, type: types[n % types.count], mentions: byName[name]!)
        }
        var quotes: [Quote] = []
        var open: Int?
        for i in s.indices {
            if s[i] == "\u{201C}" { open = i }
            if s[i] == "\u{201D}", let o = open {
                let who = entities.isEmpty ? nil : entities[quotes.count % min(7, entities.count)]
                quotes.append(Quote(id: "q\(quotes.count + 1)", kind: .direct, content: doc.text.span(o, i + 1), cue: nil,
                                    speaker: who.map { Speaker(name: $0.name, entity: $0.id, mention: nil) }, source: nil))
                open = nil
            }
        }
        var claims: [Claim] = []
        for sentence in doc.sentences where s[sentence.start..<sentence.end].contains(where: ScalarClass.isDigit) {
            claims.append(Claim(id: "c\(claims.count + 1)", span: doc.text.span(sentence.start, sentence.end), source: nil,
                                score: 0.5, signals: []))
        }
        let sources = [Source(id: "s1", name: "Byline Wire", kind: .publisher, entity: nil, via: nil)]
        let info = DocumentInfo(id: "bench", metadata: ArticleMetadata(title: "Dense"), length: doc.length)
        return Analysis(path: nil, document: info, entities: entities, quotes: quotes, sources: sources, claims: claims)
    }
}
