import BylineCore
import Foundation

/// Turns the seed's gold file (names and spans, not the analysis contract) into an `Analysis`
/// so the panes can be checked on a real article with realistic content.
enum SeedGold {
    static func analysis(text: String, gold: [String: Any]) -> Analysis {
        let scalars = Array(text.unicodeScalars)
        func spanValue(_ any: Any?) -> Span? {
            guard let d = any as? [String: Any], let s = d["start"] as? Int, let e = d["end"] as? Int else { return nil }
            return Span(start: s, end: e, text: String(String.UnicodeScalarView(scalars[s..<e])))
        }
        func occurrences(_ needle: String) -> [Span] {
            let n = Array(needle.unicodeScalars)
            guard !n.isEmpty else { return [] }
            var out: [Span] = []
            var i = 0
            while i + n.count <= scalars.count {
                let before = i == 0 || !scalars[i - 1].properties.isAlphabetic
                let after = i + n.count == scalars.count || !scalars[i + n.count].properties.isAlphabetic
                if before && after && Array(scalars[i..<i + n.count]) == n {
                    out.append(Span(start: i, end: i + n.count, text: needle))
                    i += n.count
                } else {
                    i += 1
                }
            }
            return out
        }
        var entities: [Entity] = []
        var taken: [Span] = []
        for (n, e) in ((gold["entities"] as? [[String: Any]]) ?? []).enumerated() {
            let name = e["name"] as? String ?? "?"
            let type = EntityType(rawValue: e["type"] as? String ?? "") ?? .misc
            let names = [name] + ((e["aliases"] as? [String]) ?? [])
            var mentions: [Span] = []
            for candidate in names {
                for m in occurrences(candidate) where !taken.contains(where: { $0.overlaps(m) }) && !mentions.contains(where: { $0.overlaps(m) }) {
                    mentions.append(m)
                }
            }
            mentions.sort { $0.start < $1.start }
            taken += mentions
            entities.append(Entity(id: "e\(n + 1)", name: name, type: type, mentions: mentions))
        }
        let chain = (gold["chain"] as? [[String: Any]]) ?? []
        var sourceIDs: [String: String] = [:]
        for (n, c) in chain.enumerated() { sourceIDs[(c["source"] as? String ?? "").lowercased()] = "s\(n + 1)" }
        var quotes: [Quote] = []
        for (n, q) in ((gold["quotes"] as? [[String: Any]]) ?? []).enumerated() {
            guard let content = spanValue(q["content"]) else { continue }
            let speakerName = q["speaker"] as? String
            let entity = entities.first { $0.name == speakerName }
            let cue = (q["cue"] as? String).flatMap { c in occurrences(c).min { abs($0.start - content.end) < abs($1.start - content.end) } }
            let mention = entity?.mentions.min { abs($0.start - content.start) < abs($1.start - content.start) }
            quotes.append(Quote(id: "q\(n + 1)", kind: Quote.Kind(rawValue: q["kind"] as? String ?? "") ?? .direct,
                                content: content, cue: cue,
                                speaker: speakerName.map { Speaker(name: $0, entity: entity?.id, mention: mention) },
                                source: speakerName.flatMap { sourceIDs[$0.lowercased()] }))
        }
        let claimsGold = (gold["claims"] as? [[String: Any]]) ?? []
        var claims: [Claim] = []
        for (n, c) in claimsGold.enumerated() {
            guard let span = spanValue(c["span"]) else { continue }
            claims.append(Claim(id: "c\(n + 1)", span: span, source: (c["source"] as? String).flatMap { sourceIDs[$0.lowercased()] },
                                score: 0.9 - Double(n) * 0.1, signals: []))
        }
        var sources: [Source] = []
        for (n, c) in chain.enumerated() {
            let name = c["source"] as? String ?? "?"
            let id = "s\(n + 1)"
            let via = ((c["parents"] as? [String]) ?? []).first.flatMap { sourceIDs[$0.lowercased()] }
            let kind = Source.Kind(rawValue: c["kind"] as? String ?? "") ?? .unknown
            sources.append(Source(id: id, name: name, kind: kind, entity: nil, via: via, mentions: occurrences(name),
                                  quotes: quotes.filter { $0.source == id }.map(\.id),
                                  claims: claims.filter { $0.source == id }.map(\.id)))
        }
        let doc = Document(text)
        let info = DocumentInfo(id: DocumentID.of(text), metadata: MetadataExtractor.extract(doc), length: doc.length)
        return Analysis(path: "seed.txt", document: info, entities: entities, quotes: quotes, sources: sources, claims: claims)
    }
}
