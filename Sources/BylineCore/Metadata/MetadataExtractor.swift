/// Reads headline, byline, publisher and dateline from the conventions newsrooms use in
/// plain text: a headline line, "By A and B", "— Staff reporter", "Source: caliber.az",
/// "KYIV, Nov 18 (Reuters) -" and "WASHINGTON (AP) —".
public enum MetadataExtractor {
    /// How many lines at each end of the article are searched for bylines and source lines.
    static let edgeLines = 6

    /// Lines longer than this are body text, never a byline or a source line.
    static let maxMetadataLine = 200

    /// A first sentence longer than this is no headline: run-on text without full stops,
    /// whose "first sentence" may be the whole article.
    static let maxTitle = 300

    public static func extract(_ doc: Document) -> ArticleMetadata {
        let count = doc.paragraphs.count
        guard count > 0 else { return ArticleMetadata() }
        func line(_ n: Int, limit: Int) -> String {
            let p = doc.paragraphs[n]
            return doc.text.text(p.start, min(p.end, p.start + limit))
        }
        func isShort(_ n: Int) -> Bool { doc.paragraphs[n].end - doc.paragraphs[n].start <= maxMetadataLine }
        var meta = ArticleMetadata()
        var used = Set<Int>()
        let edge = Set(Array(0..<min(edgeLines, count)) + Array(max(0, count - edgeLines)..<count))
        for n in edge.sorted() where isShort(n) {
            let text = line(n, limit: maxMetadataLine)
            if meta.byline.isEmpty, let names = byline(text) {
                meta.byline = names
                used.insert(n)
            } else if meta.publisher == nil, let source = sourceLine(text) {
                meta.publisher = source
                used.insert(n)
            }
        }
        for n in 0..<min(edgeLines, count) where !used.contains(n) {
            if let (dateline, agency) = dateline(line(n, limit: 120)) {
                meta.dateline = dateline.isEmpty ? nil : dateline
                if meta.publisher == nil, let agency { meta.publisher = agency }
                break
            }
        }
        if let n = (0..<count).first(where: { !used.contains($0) }), dateline(line(n, limit: 120)) == nil {
            meta.title = title(doc, paragraph: n)
        }
        return meta
    }

    /// The headline: the first line, or its first sentence when the line is a long paragraph.
    static func title(_ doc: Document, paragraph n: Int) -> String? {
        let p = doc.paragraphs[n]
        if p.end - p.start <= 250 { return doc.text.text(p.start, p.end) }
        guard let first = p.sentences.first else { return nil }
        let s = doc.sentences[first]
        guard s.end - s.start <= maxTitle else { return nil }
        return doc.text.text(s.start, s.end)
    }

    /// "By Tamilla Hasanova", "By A and B", "BY A, B and C", "— Staff reporter".
    static func byline(_ line: String) -> [String]? {
        let isGap: (Character) -> Bool = { $0 == " " || $0 == "\u{00A0}" }
        // Most edge lines are body text: their first word alone rules them out, without
        // splitting the whole line into words (the same first word the full split gives).
        guard let lead = line.split(maxSplits: 1, whereSeparator: isGap).first,
              lead == "By" || lead == "BY" || lead == "by" || lead == "—" || lead == "–" || lead == "-" || lead == "--"
        else { return nil }
        let words = line.split(whereSeparator: isGap)
        guard let first = words.first, words.count >= 2, words.count <= 12 else { return nil }
        if first == "By" || first == "BY" || first == "by" {
            let rest = words.dropFirst().joined(separator: " ")
            let names = splitNames(rest)
            guard !names.isEmpty, names.allSatisfy(looksLikeName) else { return nil }
            return names
        }
        if first == "—" || first == "–" || first == "-" || first == "--", words.count <= 5 {
            let rest = words.dropFirst().joined(separator: " ")
            guard let c = rest.unicodeScalars.first, ScalarClass.isUpper(c), !rest.hasSuffix(".") else { return nil }
            return [rest]
        }
        return nil
    }

    static func splitNames(_ s: String) -> [String] {
        var parts: [String] = []
        for piece in s.split(separator: ",") {
            for name in piece.components(separatedBy: " and ") {
                for n in name.components(separatedBy: " & ") {
                    let t = n.trimmingSpaces
                    if !t.isEmpty { parts.append(t) }
                }
            }
        }
        return parts
    }

    /// A name: one to five words, each starting with a capital (particles like "de" allowed).
    static func looksLikeName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "da", "van", "von", "der", "la", "le", "bin", "al", "el", "di"]
        return words.allSatisfy { w in
            guard let c = w.unicodeScalars.first else { return false }
            return ScalarClass.isUpper(c) || particles.contains(String(w))
        }
    }

    /// "Source: caliber.az", "Source: Reuters", "Sources: AP, AFP".
    static func sourceLine(_ line: String) -> String? {
        for prefix in ["Source:", "SOURCE:", "Sources:", "Source -", "Source —"] where line.hasPrefix(prefix) {
            let rest = String(line.dropFirst(prefix.count)).trimmingSpaces
            guard !rest.isEmpty, rest.unicodeScalars.count <= 80 else { return nil }
            return rest
        }
        return nil
    }

    /// "KYIV, Nov 18 (Reuters) - …", "WASHINGTON (AP) — …", "LONDON — …".
    /// Returns the dateline and, when a wire agency is named in brackets, the agency.
    static func dateline(_ line: String) -> (String, String?)? {
        let scalars = Array(line.unicodeScalars.prefix(120))
        var dash = -1
        for (i, c) in scalars.enumerated() where i > 1 && (c == "-" || c == "—" || c == "–") {
            if ScalarClass.isSpace(scalars[i - 1]) && i + 1 < scalars.count && ScalarClass.isSpace(scalars[i + 1]) {
                dash = i
                break
            }
        }
        guard dash > 0 else { return nil }
        var head = String(String.UnicodeScalarView(scalars[0..<dash])).trimmingSpaces
        var agency: String? = nil
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inner = head[head.index(after: open)..<head.index(before: head.endIndex)].trimmingSpaces
            if let c = inner.unicodeScalars.first, ScalarClass.isUpper(c), inner.unicodeScalars.count <= 30 {
                agency = inner
            }
            head = String(head[..<open]).trimmingSpaces
        }
        let place = head.split(separator: ",").first.map(String.init) ?? head
        let letters = place.unicodeScalars.filter(ScalarClass.isLetter)
        if head.isEmpty { return agency.map { ("", $0) } }
        guard !letters.isEmpty, letters.allSatisfy(ScalarClass.isUpper) || agency != nil,
              head.unicodeScalars.count <= 60 else { return nil }
        return (head, agency)
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces of any kind.
    var trimmingSpaces: String {
        let s = Array(unicodeScalars)
        var a = 0, b = s.count
        while a < b && ScalarClass.isSpace(s[a]) { a += 1 }
        while b > a && ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        return String(String.UnicodeScalarView(s[a..<b]))
    }
}
