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
}
