/// The human summary of `byline analyze --format text`: metadata, entities by type, quotes
/// with their speakers, the source chain as a tree, and the claims by score. Every piece of
/// article text goes through `SafeText`, so an article cannot drive the terminal it is
/// printed on.
public enum TextReport {
    /// Titles are shown up to this many scalars (a web page may declare a title of any size).
    static let titleLength = 300

    /// - Parameter explain: print beside each quote and source the rules that made it.
    public static func render(_ a: Analysis, explain: Bool = false) -> String {
        var out = ""
        render(a, explain: explain) { out += $0 }
        return out
    }

    /// Streams the report to `write` a line at a time, so that the report on a dense article
    /// (tens of thousands of quotations) is never held whole.
    public static func render(_ a: Analysis, explain: Bool = false, to write: (String) -> Void) {
        let d = a.document
        write("\(a.path.map { SafeText.line($0) } ?? "-")\n")
        write("  title:     \(d.title.map { SafeText.line($0, limit: titleLength) } ?? "(none)")\n")
        write("  byline:    \(d.byline.isEmpty ? "(none)" : SafeText.line(d.byline.joined(separator: ", ")))\n")
        write("  publisher: \(d.publisher.map { SafeText.line($0) } ?? "(none)")\n")
        if let dateline = d.dateline { write("  dateline:  \(SafeText.line(dateline))\n") }
        if let site = d.site { write("  site:      \(SafeText.line(site))\n") }
        if let published = d.published { write("  published: \(SafeText.line(published))\n") }
        if let url = d.url { write("  url:       \(SafeText.line(url))\n") }
        write("  length:    \(d.length) characters\n")

        write("\nEntities (\(a.entities.count))\n")
        for type in EntityType.allCases {
            let ofType = a.entities.filter { $0.type == type }
            guard !ofType.isEmpty else { continue }
            let names = ofType.map { "\(SafeText.line($0.name)) ×\($0.mentions.count)" }.joined(separator: ", ")
            write("  \(type.rawValue.padding(9))\(names)\n")
        }

        write("\nQuotes (\(a.quotes.count))\n")
        for q in a.quotes {
            let who = q.speaker?.name ?? q.speaker?.mention?.text ?? "unknown speaker"
            let cue = q.cue.map { " (\(SafeText.line($0.text)))" } ?? ""
            write("  \(q.id) \(SafeText.line(who))\(cue), \(q.kind.rawValue): \(clip(q.content, 100))\n")
            if explain, let e = q.explanation {
                write("     rule: \(e.frame ?? "-"), speaker: \(e.speaker ?? "none")\n")
            }
        }

        write("\nSources (\(a.sources.count))\n")
        let children = Dictionary(grouping: a.sources, by: { $0.via ?? "" })
        func walk(_ parent: String, _ depth: Int) {
            for s in children[parent] ?? [] {
                let counts = "\(s.quotes.count) quote\(s.quotes.count == 1 ? "" : "s"), "
                    + "\(s.claims.count) claim\(s.claims.count == 1 ? "" : "s")"
                write(String(repeating: "  ", count: depth + 1) + (depth > 0 ? "└ " : "")
                    + "\(SafeText.line(s.name)) [\(s.kind.rawValue)] \(counts)"
                    + (explain ? " (link: \(s.explanation?.link ?? "-"))" : "") + "\n")
                if depth < 32 { walk(s.id, depth + 1) }
            }
        }
        walk("", 0)

        write("\nClaims (\(a.claims.count))\n")
        for c in a.claims.sorted(by: { $0.score > $1.score }) {
            let signals = c.signals.isEmpty ? "" : " [\(SafeText.line(c.signals.joined(separator: ", ")))]"
            write("  \(c.id) \(String(format2: c.score))\(signals) \(clip(c.span, 100))\n")
        }
    }

    /// The first `n` scalars of `s` on one line, the last replaced by "…" when `s` is longer.
    /// Looks at no more than `n + 1` scalars, however long `s` is: a report on a dense article
    /// clips thousands of long quotations.
    static func clip(_ s: String, _ n: Int) -> String {
        SafeText.line(s, limit: n)
    }

    /// `clip` of a span's text, made from a prefix of it: a long span's text is never made
    /// whole. A prefix gives the same line as the whole text once its line was cut, or once it
    /// shows `n` scalars ending in "…" (what follows can only be cut); scalars that show
    /// nothing (hidden ones, excess marks) can make a prefix too short, then a longer one is
    /// taken.
    static func clip(_ span: Span, _ n: Int) -> String {
        guard span.isShared else { return clip(span.text, n) }
        var look = 2 * n + 2
        while true {
            let line = clip(span.prefix(scalars: look), n)
            let shown = line.unicodeScalars
            if look >= span.length || shown.count == n && shown.last == "…" { return line }
            look *= 2
        }
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
