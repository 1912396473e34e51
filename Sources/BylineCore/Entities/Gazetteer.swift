/// Lists of known names (countries, cities, demonyms, organisations, outlets, titles), matched
/// case-insensitively over token sequences. They feed the recogniser as features, so a list
/// entry never forces a label; the model learns how far to trust each list.
public struct Gazetteer: Sendable {
    /// The lists, in the order of their feature bits: reordering them needs a retrained model.
    public enum List: Int, CaseIterable, Sendable {
        case country, city, region, demonym, group, organization, outlet, title, givenName

        /// The resource file name (without ".txt").
        public var fileName: String {
            switch self {
            case .country: return "countries"
            case .city: return "cities"
            case .region: return "regions"
            case .demonym: return "demonyms"
            case .group: return "groups"
            case .organization: return "organizations"
            case .outlet: return "outlets"
            case .title: return "titles"
            case .givenName: return "given-names"
            }
        }

        public var bit: UInt16 { 1 << UInt16(rawValue) }
    }

    /// One match: tokens `range` (document token indices) are an entry of the lists in `lists`.
    public struct Match: Sendable, Equatable {
        public var range: Range<Int>
        public var lists: UInt16
    }

    public static let maxEntryTokens = 6

    /// Full entries: hash of the lowercased token sequence → bit set of lists.
    private var entries = HashTable64<UInt16>(capacity: 8_192)
    /// Hashes of proper prefixes of entries, so matching stops as soon as nothing can follow.
    private var prefixes = HashTable64<Bool>(capacity: 4_096)
    public private(set) var entryCount = 0

    public init() {}

    /// Builds the gazetteer from the text of each list: one entry per line, `#` comments.
    public init(lists: [List: String]) {
        for (list, text) in lists {
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
                let entry = line.drop(while: { $0 == " " || $0 == "\t" })
                if entry.isEmpty || entry.hasPrefix("#") { continue }
                add(String(entry), to: list)
            }
        }
    }

    /// Adds one entry, tokenised exactly as documents are so that it matches their tokens.
    public mutating func add(_ entry: String, to list: List) {
        let text = ScalarText(entry)
        var tokens: [Token] = []
        Tokenizer.tokenize(text.scalars, in: 0..<text.count, into: &tokens)
        guard !tokens.isEmpty, tokens.count <= Gazetteer.maxEntryTokens else { return }
        if tokens.count == 1 && Gazetteer.isAcronym(text.scalars) {
            let h = Gazetteer.extend(Gazetteer.acronymSeed, FeatureHash.scalars(text.scalars, 0, text.count, lower: false))
            if entries[h] == nil { entryCount += 1 }
            entries[h] = (entries[h] ?? 0) | list.bit
            return
        }
        var h = Gazetteer.seed
        for (k, t) in tokens.enumerated() {
            h = Gazetteer.extend(h, FeatureHash.scalars(text.scalars, t.start, t.end, lower: true))
            if k + 1 < tokens.count { prefixes[h] = true }
        }
        if entries[h] == nil { entryCount += 1 }
        entries[h] = (entries[h] ?? 0) | list.bit
    }

    static let seed: UInt64 = 0x5EED_0F_6A2E
    static let acronymSeed: UInt64 = 0xAC20_4E1D

    /// Short all-capital entries ("UN", "AP", "WHO") match only in capitals, so that "Un" in
    /// "Kim Jong Un" or the pronoun "who" are not taken for them.
    static func isAcronym(_ s: ScalarStorage) -> Bool {
        var letters = 0
        for c in s {
            if ScalarClass.isLower(c) { return false }
            if ScalarClass.isLetter(c) { letters += 1 }
        }
        return letters >= 2 && s.count <= 5
    }
    @inline(__always)
    static func extend(_ h: UInt64, _ token: UInt64) -> UInt64 { FeatureHash.mix(h ^ token) }

    /// The lists a single lowercased token hash belongs to.
    @inline(__always)
    public func lists(ofToken lowerHash: UInt64) -> UInt16 {
        entries[Gazetteer.extend(Gazetteer.seed, lowerHash)] ?? 0
    }

    /// The lists of a name given by its tokens' lowercased and exact hashes: its acronym
    /// entries for a single token, and its case-insensitive entries.
    public func lists(ofName lowerHashes: ArraySlice<UInt64>, wordHashes: ArraySlice<UInt64>) -> UInt16 {
        var bits = lists(ofSequence: lowerHashes)
        if wordHashes.count == 1, let w = wordHashes.first {
            bits |= entries[Gazetteer.extend(Gazetteer.acronymSeed, w)] ?? 0
        }
        return bits
    }

    /// The lists of a lowercased token-hash sequence, or 0.
    public func lists(ofSequence lowerHashes: ArraySlice<UInt64>) -> UInt16 {
        var h = Gazetteer.seed
        for x in lowerHashes { h = Gazetteer.extend(h, x) }
        return entries[h] ?? 0
    }

    /// Whether a plain string is an entry of `list` (case-insensitive).
    public func contains(_ entry: String, in list: List) -> Bool {
        let text = ScalarText(entry)
        var tokens: [Token] = []
        Tokenizer.tokenize(text.scalars, in: 0..<text.count, into: &tokens)
        if tokens.count == 1 && Gazetteer.isAcronym(text.scalars) {
            let h = Gazetteer.extend(Gazetteer.acronymSeed, FeatureHash.scalars(text.scalars, 0, text.count, lower: false))
            return (entries[h] ?? 0) & list.bit != 0
        }
        let hashes = tokens.map { FeatureHash.scalars(text.scalars, $0.start, $0.end, lower: true) }
        return lists(ofSequence: hashes[...]) & list.bit != 0
    }

    /// Every entry found in `tokens` (given by their lowercased and exact hashes), longest per start first.
    public func matches<Hashes: RandomAccessCollection<UInt64>>(lowerHashes: Hashes, wordHashes: Hashes, in range: Range<Int>,
                                                                into out: inout [Match]) where Hashes.Index == Int {
        var i = range.lowerBound
        while i < range.upperBound {
            if let l = entries[Gazetteer.extend(Gazetteer.acronymSeed, wordHashes[i])] {
                out.append(Match(range: i..<(i + 1), lists: l))
            }
            var h = Gazetteer.seed
            var j = i
            while j < range.upperBound && j - i < Gazetteer.maxEntryTokens {
                h = Gazetteer.extend(h, lowerHashes[j])
                if let l = entries[h] { out.append(Match(range: i..<(j + 1), lists: l)) }
                guard prefixes.contains(h) else { break }
                j += 1
            }
            i += 1
        }
    }

    /// What one word finds on its own: the lists of its exact form as an acronym, those of its
    /// lowercase form as a whole entry, and whether longer entries start with it. A document
    /// repeats its words, so `matches(lowerHashes:words:in:into:)` takes these looked up once
    /// per distinct word and probes the tables per token only past a word that starts entries.
    public struct WordLookup: Sendable, Equatable {
        public var acronym: UInt16
        public var alone: UInt16
        public var startsLonger: Bool
    }

    public func lookup(word: UInt64, lower: UInt64) -> WordLookup {
        let h = Gazetteer.extend(Gazetteer.seed, lower)
        return WordLookup(acronym: entries[Gazetteer.extend(Gazetteer.acronymSeed, word)] ?? 0,
                          alone: entries[h] ?? 0, startsLonger: prefixes.contains(h))
    }

    /// The matches `matches(lowerHashes:wordHashes:in:into:)` finds, in the same order, with
    /// each token's own look-up given by `words[k]`.
    public func matches<Hashes: RandomAccessCollection<UInt64>, Words: RandomAccessCollection<WordLookup>>(
        lowerHashes: Hashes, words: Words, in range: Range<Int>, into out: inout [Match]
    ) where Hashes.Index == Int, Words.Index == Int {
        var i = range.lowerBound
        while i < range.upperBound {
            let word = words[i]
            if word.acronym != 0 { out.append(Match(range: i..<(i + 1), lists: word.acronym)) }
            if word.alone != 0 { out.append(Match(range: i..<(i + 1), lists: word.alone)) }
            if word.startsLonger {
                var h = Gazetteer.extend(Gazetteer.seed, lowerHashes[i])
                var j = i + 1
                while j < range.upperBound && j - i < Gazetteer.maxEntryTokens {
                    h = Gazetteer.extend(h, lowerHashes[j])
                    if let l = entries[h] { out.append(Match(range: i..<(j + 1), lists: l)) }
                    guard prefixes.contains(h) else { break }
                    j += 1
                }
            }
            i += 1
        }
    }
}
