/// Names that denote the same referent ("US", "U.S.", "USA", "United States"), keyed by a
/// normal form: lowercase, full stops dropped, a leading "the" dropped.
public struct NameAliases: Sendable {
    private var canonical: [String: String] = [:]

    public init() {}

    /// Parses lines "Canonical|alias|alias…".
    public init(text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let names = line.split(separator: "|").map { String($0) }
            guard let first = names.first else { continue }
            let key = NameAliases.normalize(first)
            for n in names { canonical[NameAliases.normalize(n)] = key }
        }
    }

    /// The key under which a name and all its aliases meet.
    public func key(_ name: String) -> String {
        let n = NameAliases.normalize(name)
        return canonical[n] ?? n
    }

    public static func normalize(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for c in name.unicodeScalars {
            if c == "." { continue }
            if ScalarClass.isSpace(c) || ScalarClass.isHyphen(c) {
                if !lastSpace { out.append(" ") }
                lastSpace = true
                continue
            }
            if c.value < 0x80 {
                out.append(Unicode.Scalar(UInt8(FeatureHash.lowered(c))))
            } else {
                out.append(contentsOf: String(c).lowercased().unicodeScalars)
            }
            lastSpace = false
        }
        var s = String(out)
        if s.hasSuffix(" ") { s.removeLast() }
        if s.hasPrefix("the ") { s.removeFirst(4) }
        return s
    }
}
