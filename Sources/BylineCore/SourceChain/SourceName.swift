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
        if isPlainASCII(name) { return name }
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

    /// An ASCII name with no whitespace but single spaces, which `display` returns as it is:
    /// nearly every name, told from its bytes without the Unicode property look-ups.
    private static func isPlainASCII(_ name: String) -> Bool {
        var space = false
        for b in name.utf8 {
            if b >= 0x80 || (b >= 0x09 && b <= 0x0D) || (b == 0x20 && space) { return false }
            space = b == 0x20
        }
        return true
    }
}
