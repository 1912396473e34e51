import BylineCore
import Foundation

/// What every analysis must satisfy whatever the input: the contract's offsets (in range,
/// start before end, `text` equal to the document's scalars there), identifiers that point
/// at records that exist, scores in [0, 1], and JSON that parses back to the same analysis.
/// A fuzz case fails when any of these is broken, not only when the analyser traps.
public enum AnalysisInvariants {
    /// The broken invariants of `analysis` of `text`, one line each; empty when all hold.
    public static func violations(of analysis: Analysis, text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        if analysis.document.length != scalars.count {
            found.append("document.length \(analysis.document.length) != \(scalars.count) scalars")
        }
        func check(_ span: Span?, _ name: String, nonEmpty: Bool) {
            guard let span else { return }
            guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else {
                found.append("\(name) \(span.start)..<\(span.end) outside 0..<\(scalars.count) or inverted")
                return
            }
            if nonEmpty && span.start == span.end { found.append("\(name) is empty at \(span.start)") }
            let slice = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            if slice != span.text {
                found.append("\(name) \(span.start)..<\(span.end) text \(debug(span.text)) != document \(debug(slice))")
            }
        }
        let entityIDs = Set(analysis.entities.map(\.id)), quoteIDs = Set(analysis.quotes.map(\.id))
        let sourceIDs = Set(analysis.sources.map(\.id)), claimIDs = Set(analysis.claims.map(\.id))
        for e in analysis.entities {
            for m in e.mentions { check(m, "entity \(e.id) mention", nonEmpty: true) }
        }
        for q in analysis.quotes {
            check(q.content, "quote \(q.id) content", nonEmpty: true)
            check(q.cue, "quote \(q.id) cue", nonEmpty: true)
            check(q.speaker?.mention, "quote \(q.id) speaker", nonEmpty: true)
            if let s = q.source, !sourceIDs.contains(s) { found.append("quote \(q.id) names missing source \(s)") }
            if let e = q.speaker?.entity, !entityIDs.contains(e) { found.append("quote \(q.id) names missing entity \(e)") }
        }
        for s in analysis.sources {
            for m in s.mentions { check(m, "source \(s.id) mention", nonEmpty: true) }
            if let v = s.via, !sourceIDs.contains(v) { found.append("source \(s.id) via missing source \(v)") }
            if let e = s.entity, !entityIDs.contains(e) { found.append("source \(s.id) names missing entity \(e)") }
            for q in s.quotes where !quoteIDs.contains(q) { found.append("source \(s.id) lists missing quote \(q)") }
            for c in s.claims where !claimIDs.contains(c) { found.append("source \(s.id) lists missing claim \(c)") }
        }
        for c in analysis.claims {
            check(c.span, "claim \(c.id) span", nonEmpty: true)
            if !(0...1).contains(c.score) { found.append("claim \(c.id) score \(c.score) outside [0, 1]") }
            if let s = c.source, !sourceIDs.contains(s) { found.append("claim \(c.id) names missing source \(s)") }
        }
        found += jsonViolations(of: analysis)
        return found
    }

    /// The JSON written must parse, as JSON and as the contract's object, to the same analysis.
    static func jsonViolations(of analysis: Analysis) -> [String] {
        let json = AnalysisJSON.encode(analysis, pretty: false)
        guard (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil else { return ["JSON output does not parse"] }
        guard let back = try? AnalysisJSON.decode(json) else { return ["JSON output does not decode as an analysis"] }
        var found: [String] = []
        if back.document != analysis.document { found.append("document differs after a JSON round trip") }
        if back.entities != analysis.entities { found.append("entities differ after a JSON round trip") }
        if back.quotes != analysis.quotes { found.append("quotes differ after a JSON round trip") }
        if back.sources != analysis.sources { found.append("sources differ after a JSON round trip") }
        if back.claims.map(\.span) != analysis.claims.map(\.span) { found.append("claims differ after a JSON round trip") }
        return found
    }

    static func debug(_ s: String) -> String {
        let shown = s.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(s.unicodeScalars.prefix(60))) + "…" : s
        return shown.debugDescription
    }
}
