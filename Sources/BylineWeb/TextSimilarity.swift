/// Whether two short texts say the same thing, by the words of one found in the other: a
/// heading that repeats the page's title, a title part that names the site.
enum TextSimilarity {
    static func words(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Share (by characters) of `b`'s words that also occur in `a`.
    static func overlap(_ a: String, _ b: String) -> Double {
        let wa = Set(words(a)), wb = words(b)
        let total = wb.reduce(0) { $0 + $1.count }
        guard total > 0 else { return 0 }
        let shared = wb.filter { wa.contains($0) }.reduce(0) { $0 + $1.count }
        return Double(shared) / Double(total)
    }

    static func similar(_ a: String, _ b: String, threshold: Double = 0.75) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return overlap(a, b) > threshold && overlap(b, a) > threshold
    }
}
