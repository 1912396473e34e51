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
        if let ascii = normalizeASCII(name) { return ascii }
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

    /// `normalize` for an ASCII name (nearly every one), on bytes: the scalar-by-scalar view
    /// appends cost more than the rest of merging mentions. Nil for any other name.
    private static func normalizeASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> String in
                var n = 0
                var lastSpace = true
                for b in bytes {
                    let c = Unicode.Scalar(b)
                    if c == "." { continue }
                    if ScalarClass.isSpace(c) || ScalarClass.isHyphen(c) {
                        if !lastSpace { out[n] = 0x20; n += 1 }
                        lastSpace = true
                        continue
                    }
                    out[n] = UInt8(FeatureHash.lowered(c))
                    n += 1
                    lastSpace = false
                }
                if n > 0 && out[n - 1] == 0x20 { n -= 1 }
                var start = 0
                if n >= 4 && out[0] == 0x74 && out[1] == 0x68 && out[2] == 0x65 && out[3] == 0x20 { start = 4 }
                return String(decoding: UnsafeBufferPointer(rebasing: out[start..<n]), as: UTF8.self)
            }
        }
    }
}
