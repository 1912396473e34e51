import Foundation

/// Writes analyses as the contract's JSON, fields in contract order: pretty for one file,
/// compact lines for `jsonl`, and the per-file error object that keeps a `jsonl` stream one
/// line per input. Decoding goes through Codable.
public enum AnalysisJSON {
    public static func encode(_ analysis: Analysis, pretty: Bool, explain: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty)
        write(analysis, explain: explain, to: &w)
        return w.output
    }

    public static func encode(_ analyses: [Analysis], pretty: Bool) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginArray()
        for a in analyses { write(a, to: &w) }
        w.endArray()
        return w.output
    }

    /// Streams the JSON of `analysis` to `sink` block by block, so that a large analysis is
    /// never held whole as text.
    ///
    /// - Parameter explain: add each quote's and source's `explanation` (the rules behind it),
    ///   an extra field the contract allows; off, the output is the contract's fields alone.
    public static func write(_ analysis: Analysis, pretty: Bool, explain: Bool = false, to sink: @escaping JSONWriter.Sink) {
        var w = JSONWriter(pretty: pretty, sink: sink)
        write(analysis, explain: explain, to: &w)
        w.flush()
    }

    /// `{"path": ..., "error": ...}` for a file that could not be read or decoded.
    public static func errorLine(path: String, message: String) -> String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.key("path"); w.string(path)
        w.key("error"); w.string(message)
        w.endObject()
        return w.output
    }

    public static func decode(_ json: String) throws -> Analysis {
        try JSONDecoder().decode(Analysis.self, from: Data(json.utf8))
    }

    /// Appends one analysis to `w`, for callers that stream several into one array.
    public static func write(_ a: Analysis, explain: Bool = false, to w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.string(a.schema)
        w.key("path"); w.string(a.path)
        w.key("document"); write(a.document, to: &w)
        w.key("entities"); w.beginArray()
        for e in a.entities { write(e, to: &w) }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in a.quotes { write(q, explain: explain, to: &w) }
        w.endArray()
        w.key("sources"); w.beginArray()
        for s in a.sources { write(s, explain: explain, to: &w) }
        w.endArray()
        w.key("claims"); w.beginArray()
        for c in a.claims { write(c, to: &w) }
        w.endArray()
        w.endObject()
    }

    static func write(_ d: DocumentInfo, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(d.id)
        w.key("title"); w.string(d.title)
        w.key("byline"); w.stringArray(d.byline)
        w.key("publisher"); w.string(d.publisher)
        w.key("dateline"); w.string(d.dateline)
        w.key("format"); w.string(d.format?.rawValue)
        w.key("url"); w.string(d.url)
        w.key("published"); w.string(d.published)
        w.key("modified"); w.string(d.modified)
        w.key("language"); w.string(d.language)
        w.key("site"); w.string(d.site)
        w.key("length"); w.int(d.length)
        if let text = d.text { w.key("text"); w.string(text) }
        w.endObject()
    }

    static func write(_ s: Span?, to w: inout JSONWriter) {
        guard let s else { return w.null() }
        w.beginObject()
        w.key("start"); w.int(s.start)
        w.key("end"); w.int(s.end)
        w.key("text"); w.string(of: s)
        w.endObject()
    }

    static func write(_ e: Entity, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(e.id)
        w.key("name"); w.string(e.name)
        w.key("type"); w.string(e.type.rawValue)
        w.key("mentions"); w.beginArray()
        for m in e.mentions { write(m, to: &w) }
        w.endArray()
        if let title = e.title { w.key("title"); w.string(title) }
        w.endObject()
    }

    static func write(_ q: Quote, explain: Bool, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(q.id)
        w.key("kind"); w.string(q.kind.rawValue)
        w.key("content"); write(q.content, to: &w)
        w.key("cue"); write(q.cue, to: &w)
        w.key("speaker")
        if let sp = q.speaker {
            w.beginObject()
            w.key("name"); w.string(sp.name)
            w.key("entity"); w.string(sp.entity)
            w.key("mention"); write(sp.mention, to: &w)
            w.endObject()
        } else {
            w.null()
        }
        w.key("source"); w.string(q.source)
        if explain, let e = q.explanation { w.key("explanation"); write(e, to: &w) }
        w.endObject()
    }

    static func write(_ s: Source, explain: Bool, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(s.id)
        w.key("name"); w.string(s.name)
        w.key("kind"); w.string(s.kind.rawValue)
        w.key("entity"); w.string(s.entity)
        w.key("via"); w.string(s.via)
        w.key("mentions"); w.beginArray()
        for m in s.mentions { write(m, to: &w) }
        w.endArray()
        w.key("quotes"); w.stringArray(s.quotes)
        w.key("claims"); w.stringArray(s.claims)
        if explain, let e = s.explanation { w.key("explanation"); write(e, to: &w) }
        w.endObject()
    }

    static func write(_ e: Explanation, to w: inout JSONWriter) {
        w.beginObject()
        if let frame = e.frame { w.key("frame"); w.string(frame) }
        if let speaker = e.speaker { w.key("speaker"); w.string(speaker) }
        if let link = e.link { w.key("link"); w.string(link) }
        w.endObject()
    }

    static func write(_ c: Claim, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(c.id)
        w.key("span"); write(c.span, to: &w)
        w.key("source"); w.string(c.source)
        w.key("score"); w.double(c.score)
        w.key("signals"); w.stringArray(c.signals)
        w.endObject()
    }
}
