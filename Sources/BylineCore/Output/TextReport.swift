/// The human summary of `byline analyze --format text`: metadata, entities by type, quotes
/// with their speakers, the source chain as a tree, and the claims by score. Every piece of
/// article text goes through `SafeText`, so an article cannot drive the terminal it is
/// printed on.
public enum TextReport {
    /// - Parameter explain: print beside each quote and source the rules that made it.
    public static func render(_ a: Analysis, explain: Bool = false) -> String {
        var out = ""
        let d = a.document
        out += "\(a.path.map { SafeText.line($0) } ?? "-")\n"
        out += "  title:     \(d.title.map { SafeText.line($0) } ?? "(none)")\n"
        out += "  byline:    \(d.byline.isEmpty ? "(none)" : SafeText.line(d.byline.joined(separator: ", ")))\n"
        out += "  publisher: \(d.publisher.map { SafeText.line($0) } ?? "(none)")\n"
        if let dateline = d.dateline { out += "  dateline:  \(SafeText.line(dateline))\n" }
        if let site = d.site { out += "  site:      \(SafeText.line(site))\n" }
        if let published = d.published { out += "  published: \(SafeText.line(published))\n" }
        if let url = d.url { out += "  url:       \(SafeText.line(url))\n" }
        out += "  length:    \(d.length) characters\n"

        out += "\nEntities (\(a.entities.count))\n"
        for type in EntityType.allCases {
            let ofType = a.entities.filter { $0.type == type }
            guard !ofType.isEmpty else { continue }
            let names = ofType.map { "\(SafeText.line($0.name)) ×\($0.mentions.count)" }.joined(separator: ", ")
            out += "  \(type.rawValue.padding(9))\(names)\n"
        }

        out += "\nQuotes (\(a.quotes.count))\n"
        for q in a.quotes {
            let who = q.speaker?.name ?? q.speaker?.mention?.text ?? "unknown speaker"
            let cue = q.cue.map { " (\(SafeText.line($0.text)))" } ?? ""
            out += "  \(q.id) \(SafeText.line(who))\(cue), \(q.kind.rawValue): \(clip(q.content.text, 100))\n"
            if explain, let e = q.explanation {
                out += "     rule: \(e.frame ?? "-"), speaker: \(e.speaker ?? "none")\n"
            }
        }

        out += "\nSources (\(a.sources.count))\n"
        let children = Dictionary(grouping: a.sources, by: { $0.via ?? "" })
        func walk(_ parent: String, _ depth: Int) {
            for s in children[parent] ?? [] {
                let counts = "\(s.quotes.count) quote\(s.quotes.count == 1 ? "" : "s"), "
                    + "\(s.claims.count) claim\(s.claims.count == 1 ? "" : "s")"
                out += String(repeating: "  ", count: depth + 1) + (depth > 0 ? "└ " : "")
                    + "\(SafeText.line(s.name)) [\(s.kind.rawValue)] \(counts)"
                    + (explain ? " (link: \(s.explanation?.link ?? "-"))" : "") + "\n"
                if depth < 32 { walk(s.id, depth + 1) }
            }
        }
        walk("", 0)

        out += "\nClaims (\(a.claims.count))\n"
        for c in a.claims.sorted(by: { $0.score > $1.score }) {
            let signals = c.signals.isEmpty ? "" : " [\(SafeText.line(c.signals.joined(separator: ", ")))]"
            out += "  \(c.id) \(String(format2: c.score))\(signals) \(clip(c.span.text, 100))\n"
        }
        return out
    }

    /// The first `n` scalars of `s` on one line, the last replaced by "…" when `s` is longer.
    /// Looks at no more than `n + 1` scalars, however long `s` is: a report on a dense article
    /// clips thousands of long quotations.
    static func clip(_ s: String, _ n: Int) -> String {
        SafeText.line(s, limit: n)
    }
}

extension String {
    func padding(_ width: Int) -> String {
        let n = unicodeScalars.count
        return n >= width ? self + " " : self + String(repeating: " ", count: width - n)
    }

    /// A score with two decimals, without Foundation's locale-dependent formatting.
    init(format2 x: Double) {
        let hundredths = Int((x * 100).rounded())
        let frac = hundredths % 100
        self = "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
