import BylineCore

/// `byline analyze --input jsonl --table-rows`: per record, just the rows of the five tables
/// the Spark job writes (documents, entities, quotes, sources, claims; integrations/spark/README.md),
/// with those tables' column names, instead of the whole analysis.
///
/// Why: Spark's JVM parses every line the analyser answers. The rows are a third of the
/// analysis's size (no mention lists, no nested spans), and the columns the JVM would have to
/// derive (a source's chain and depth, an entity's first mention, the counts) are computed
/// here, where the analysis is already in memory, instead of by Spark SQL over parsed JSON.
enum TableRows {
    /// The object's fields after the record's id (and `meta`): `"document":{…},"entities":[…],…}`
    /// with the closing brace, to follow `{"id":…,`.
    static func encode(_ a: Analysis, words: Int?) -> String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.key("document"); document(a, words: words, to: &w)
        w.key("entities"); w.beginArray()
        for e in a.entities { entity(e, to: &w) }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in a.quotes { quote(q, to: &w) }
        w.endArray()
        let byID = Dictionary(a.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        w.key("sources"); w.beginArray()
        for s in a.sources { source(s, byID: byID, to: &w) }
        w.endArray()
        w.key("claims"); w.beginArray()
        for c in a.claims { claim(c, to: &w) }
        w.endArray()
        w.endObject()
        return String(w.output.dropFirst())
    }

    private static func document(_ a: Analysis, words: Int?, to w: inout JSONWriter) {
        let d = a.document
        w.beginObject()
        w.key("sha256"); w.string(d.id)
        w.key("path"); w.string(a.path)
        w.key("format"); w.string(d.format?.rawValue)
        w.key("url"); w.string(d.url)
        w.key("title"); w.string(d.title)
        w.key("byline"); w.stringArray(d.byline)
        w.key("publisher"); w.string(d.publisher)
        w.key("dateline"); w.string(d.dateline)
        w.key("published"); w.string(d.published)
        w.key("language"); w.string(d.language)
        w.key("length"); w.int(d.length)
        w.key("words"); w.int(words)
        w.key("entities"); w.int(a.entities.count)
        w.key("quotes"); w.int(a.quotes.count)
        w.key("sources"); w.int(a.sources.count)
        w.key("claims"); w.int(a.claims.count)
        w.endObject()
    }

    private static func entity(_ e: Entity, to w: inout JSONWriter) {
        w.beginObject()
        w.key("entity_id"); w.string(e.id)
        w.key("name"); w.string(e.name)
        w.key("type"); w.string(e.type.rawValue)
        w.key("mentions"); w.int(e.mentions.count)
        w.key("first_start"); w.int(e.mentions.first?.start)
        w.endObject()
    }

    private static func quote(_ q: Quote, to w: inout JSONWriter) {
        w.beginObject()
        w.key("quote_id"); w.string(q.id)
        w.key("kind"); w.string(q.kind.rawValue)
        w.key("content"); w.string(of: q.content)
        w.key("start"); w.int(q.content.start)
        w.key("end"); w.int(q.content.end)
        w.key("cue"); optionalText(q.cue, to: &w)
        w.key("speaker"); w.string(q.speaker?.name)
        w.key("speaker_entity_id"); w.string(q.speaker?.entity)
        w.key("speaker_mention"); optionalText(q.speaker?.mention, to: &w)
        w.key("source_id"); w.string(q.source)
        w.endObject()
    }

    private static func source(_ s: Source, byID: [String: Source], to w: inout JSONWriter) {
        let chain = self.chain(from: s, byID: byID)
        w.beginObject()
        w.key("source_id"); w.string(s.id)
        w.key("name"); w.string(s.name)
        w.key("kind"); w.string(s.kind.rawValue)
        w.key("entity_id"); w.string(s.entity)
        w.key("via"); w.string(s.via)
        w.key("chain"); w.stringArray(chain)
        w.key("depth"); w.int(chain.count - 1)
        w.key("mentions"); w.int(s.mentions.count)
        w.key("quote_ids"); w.stringArray(s.quotes)
        w.key("claim_ids"); w.stringArray(s.claims)
        w.endObject()
    }

    /// Names from `s` up through each relaying source (`via`) to the root; a missing source
    /// or a cycle ends the chain.
    static func chain(from s: Source, byID: [String: Source]) -> [String] {
        var names = [s.name], seen: Set<String> = [s.id]
        var next = s.via
        while let id = next, !seen.contains(id), let parent = byID[id] {
            names.append(parent.name)
            seen.insert(id)
            next = parent.via
        }
        return names
    }

    private static func claim(_ c: Claim, to w: inout JSONWriter) {
        w.beginObject()
        w.key("claim_id"); w.string(c.id)
        w.key("text"); w.string(of: c.span)
        w.key("start"); w.int(c.span.start)
        w.key("end"); w.int(c.span.end)
        w.key("source_id"); w.string(c.source)
        w.key("score"); w.double(c.score)
        w.key("signals"); w.stringArray(c.signals)
        w.endObject()
    }

    private static func optionalText(_ span: Span?, to w: inout JSONWriter) {
        if let span { w.string(of: span) } else { w.null() }
    }
}
