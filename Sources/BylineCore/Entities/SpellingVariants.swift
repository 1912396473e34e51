/// Current spellings of names that the recogniser's training text (Reuters, 1996) only knows
/// in an older form: "Kyiv" was "Kiev", "Mumbai" was "Bombay". The tagger has weights for the
/// older word and none for the newer, so it reads the newer as the older one; the text, the
/// gazetteer matches and every mention keep the spelling the article uses.
public struct SpellingVariants: Sendable {
    /// Lowercase hash of the current spelling → the older spelling's hashes, as written
    /// (capitalised), in capitals and in lowercase.
    private var older = HashTable64<Respelling>()

    struct Respelling {
        let capitalized: UInt64
        let upper: UInt64
        let lower: UInt64
    }

    public init() {}

    /// Parses lines "current<TAB>older"; "#" starts a comment line.
    public init(text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map { String($0.filter { $0 != " " && $0 != "\r" }) }
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else { continue }
            let was = fields[1]
            older[FeatureHash.string(fields[0], lower: true)] = Respelling(
                capitalized: FeatureHash.string(was, lower: false),
                upper: FeatureHash.string(was.uppercased(), lower: false),
                lower: FeatureHash.string(was, lower: true))
        }
    }

    public var isEmpty: Bool { older.count == 0 }

    func respelling(ofLower hash: UInt64) -> Respelling? { older[hash] }
}

extension TokenProfile {
    /// Gives the words with an older spelling that spelling's word, lowercase and word-class
    /// values, keeping their case. Run after the gazetteer matches, which see the text as written.
    mutating func respell(_ variants: SpellingVariants, clusters: WordClusters) {
        guard !variants.isEmpty else { return }
        for t in types.lower.indices {
            guard let was = variants.respelling(ofLower: types.lower[t]) else { continue }
            let f = types.flags[t]
            types.word[t] = f.contains(.allCaps) ? was.upper : f.contains(.capitalized) ? was.capitalized : was.lower
            types.lower[t] = was.lower
            types.clusters[t] = clusters.packed(was.lower)
        }
    }
}
