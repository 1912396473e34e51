/// How source names are compared: case-insensitively, typographic apostrophes folded,
/// a leading "the" ignored, so "The Post", "the post" and "Post" are one key.
enum SourceName {
    static func key(_ name: String) -> String {
        var n = name.lowercased()
        // Foundation's search is slow; most names have no typographic apostrophe to fold.
        if n.unicodeScalars.contains("\u{2019}") { n = n.replacingOccurrences(of: "\u{2019}", with: "'") }
        while n.hasPrefix(" ") { n.removeFirst() }
        if n.hasPrefix("the ") { n.removeFirst(4) }
        return n
    }

    /// A name as a source node shows it: runs of spaces, no-break spaces and line breaks
    /// ("A\u{A0}Bloomberg poll", "with  Cosmopolitan magazine") become one space.
    static func display(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " })
                || name.contains("  ") else { return name }
        var out = String.UnicodeScalarView()
        var space = false
        for u in name.unicodeScalars {
            if u.properties.isWhitespace {
                space = true
            } else {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(u)
            }
        }
        return String(out)
    }
}
