/// How source names are compared: case-insensitively, typographic apostrophes folded,
/// a leading "the" ignored, so "The Post", "the post" and "Post" are one key.
enum SourceName {
    static func key(_ name: String) -> String {
        var n = name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        while n.hasPrefix(" ") { n.removeFirst() }
        if n.hasPrefix("the ") { n.removeFirst(4) }
        return n
    }
}
