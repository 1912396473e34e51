import Foundation

/// Authors' names from the places pages put them, without "By" and without dates.
enum BylineCleaner {
    static let prefixes = ["by ", "par ", "por ", "von ", "door ", "di ", "av ", "de ", "written by ", "words by ",
                           "story by ", "posted by ", "autor: ", "author: ", "by: "]

    /// - Parameter fromText: the raw text of a byline element, where a date or a time may
    ///   follow the names; structured fields are kept whole.
    static func names(_ raw: String, fromText: Bool = false) -> [String] {
        var s = TextContent.collapse(raw)
        let lowered = s.lowercased()
        for p in prefixes where lowered.hasPrefix(p) {
            s = String(s.dropFirst(p.count))
            break
        }
        // A date, a time or a separator ends the names.
        if fromText {
            if let cut = s.firstIndex(where: { $0.isNumber || "|•·\n".contains($0) }) { s = String(s[..<cut]) }
            for stop in [" on ", " - ", " – ", " — ", " updated", " published", " posted"] {
                if let r = s.range(of: stop, options: .caseInsensitive) { s = String(s[..<r.lowerBound]) }
            }
        }
        let names = s.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { unwrap($0.trimmingCharacters(in: CharacterSet(charactersIn: " .:-–—").union(.whitespaces))) }
            .filter { !$0.isEmpty && $0.count <= 80 && !$0.contains("://") }
        return names.flatMap(splitPair)
    }

    /// "(Jane Roe)" → "Jane Roe"; brackets inside a name stay.
    private static func unwrap(_ s: String) -> String {
        guard s.count >= 2, let first = s.first, let last = s.last,
              (first == "(" && last == ")") || (first == "[" && last == "]") else { return s }
        return String(s.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }

    /// "Jane Roe and John Doe" is two authors; "Mac & i" or "Smith (with Jones and Lee)" stay
    /// whole: both sides must read as full names.
    static func splitPair(_ name: String) -> [String] {
        let parts = name.components(separatedBy: " and ")
        guard parts.count == 2, parts.allSatisfy(looksLikeFullName) else { return [name] }
        return parts
    }

    private static func looksLikeFullName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" } }
    }
}
