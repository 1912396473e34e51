/// What the recogniser knows about each token of one document, computed once per document
/// from the scalars: hashes of the word, its lowercase form and its shape, case flags,
/// word classes, gazetteer hits and how the word is cased elsewhere in the document.
/// Training and inference build it with this same code.
public struct TokenProfile {
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let capitalized = Flags(rawValue: 1)
        public static let allCaps = Flags(rawValue: 2)
        public static let hasLetter = Flags(rawValue: 4)
        public static let hasDigit = Flags(rawValue: 8)
        public static let sentenceStart = Flags(rawValue: 16)
        /// The token's sentence is written in capitals (a headline).
        public static let capsSentence = Flags(rawValue: 32)
        /// Elsewhere in the document, away from sentence starts and headlines, the word is capitalised...
        public static let docCapitalized = Flags(rawValue: 64)
        /// ...or written in lowercase.
        public static let docLowercase = Flags(rawValue: 128)
        /// The token's sentence capitalises most of its longer words (a Title Case headline).
        public static let titleCaseSentence = Flags(rawValue: 256)
    }

    /// Hashes, word classes and case of each distinct word of the document; a word's text
    /// decides them all, so tokens share one entry (and a long document costs 10 bytes a
    /// token here instead of 38).
    struct WordTypes {
        var word: [UInt64] = []
        var lower: [UInt64] = []
        var shape: [UInt64] = []
        var clusters: [UInt32] = []
        /// capitalized, allCaps, hasLetter, hasDigit, and later docCapitalized, docLowercase.
        var flags: [Flags] = []
    }

    /// For each token, its entry in `types`.
    var typeOf: [UInt32]
    var types = WordTypes()
    /// For each token, the flags that depend on its place: sentenceStart, capsSentence, titleCaseSentence.
    var placeFlags: [Flags]
    /// For each token, its row of gazetteer bits (0: none) in `gazetteerRows`.
    var gazetteerRowOf: [UInt32]
    /// Rows of four gazetteer bit sets: [begin, inside, last, unit]; row 0 is all zero.
    var gazetteerRows: [UInt16] = [0, 0, 0, 0]
    public var matches: [Gazetteer.Match]

    public var word: TokenHashes { TokenHashes(typeOf: typeOf, values: types.word) }
    public var lower: TokenHashes { TokenHashes(typeOf: typeOf, values: types.lower) }
    public var shape: TokenHashes { TokenHashes(typeOf: typeOf, values: types.shape) }
    public var clusters: TokenHashes.Clusters { TokenHashes.Clusters(typeOf: typeOf, values: types.clusters) }
    public var flags: TokenFlags { TokenFlags(typeOf: typeOf, typeFlags: types.flags, placeFlags: placeFlags) }
    /// Gazetteer bits per token and position: [begin, inside, last, unit] × tokens.
    public var gazetteer: TokenGazetteer { TokenGazetteer(rowOf: gazetteerRowOf, rows: gazetteerRows) }

    public init(_ doc: Document, gazetteer gaz: Gazetteer, clusters wc: WordClusters,
                spellings: SpellingVariants = SpellingVariants()) {
        let s = doc.text.scalars
        let n = doc.tokens.count
        typeOf = [UInt32](repeating: 0, count: n)
        placeFlags = [Flags](repeating: [], count: n)
        gazetteerRowOf = [UInt32](repeating: 0, count: n)
        matches = []
        var typeOfWord = HashTable64<UInt32>(capacity: min(n, 4_096))
        // Each distinct word's own gazetteer look-up, made once (see `Gazetteer.WordLookup`).
        var gazetteerWords: [Gazetteer.WordLookup] = []
        for (k, t) in doc.tokens.enumerated() {
            var hw = FeatureHash.offset
            for i in t.start..<t.end { hw = FeatureHash.step(hw, s[i].value) }
            if let known = typeOfWord[hw] {
                typeOf[k] = known
                continue
            }
            var hl = FeatureHash.offset, hs = FeatureHash.offset
            var lastClass: UInt32 = 0, repeats = 0
            var upper = 0, lowerCount = 0, digits = 0
            var i = t.start
            while i < t.end {
                let c = s[i]
                hl = FeatureHash.step(hl, FeatureHash.lowered(c))
                let cls: UInt32
                if ScalarClass.isUpper(c) { cls = 0x58; upper += 1 }        // X
                else if ScalarClass.isLower(c) { cls = 0x78; lowerCount += 1 } // x
                else if ScalarClass.isDigit(c) { cls = 0x64; digits += 1 }   // d
                else if ScalarClass.isLetter(c) { cls = 0x6C }               // l: caseless letter
                else { cls = ScalarClass.isApostrophe(c) ? 0x27 : c.value }
                if cls == lastClass { repeats += 1 } else { repeats = 0 }
                if repeats < 2 { hs = FeatureHash.step(hs, cls) }
                lastClass = cls
                i += 1
            }
            var f: Flags = []
            if ScalarClass.isUpper(s[t.start]) { f.insert(.capitalized) }
            if upper > 0 && lowerCount == 0 { f.insert(.allCaps) }
            if upper + lowerCount > 0 { f.insert(.hasLetter) }
            if digits > 0 { f.insert(.hasDigit) }
            let type = UInt32(types.word.count)
            types.word.append(hw)
            types.lower.append(hl)
            types.shape.append(hs)
            types.flags.append(f)
            types.clusters.append(wc.packed(hl))
            gazetteerWords.append(gaz.lookup(word: hw, lower: hl))
            typeOfWord[hw] = type
            typeOf[k] = type
        }
        markSentences(doc)
        markDocumentCase(doc)
        let lowerHashes = lower, words = WordColumn(typeOf: typeOf, values: gazetteerWords)
        for sentence in doc.sentences {
            gaz.matches(lowerHashes: lowerHashes, words: words, in: sentence.tokens, into: &matches)
        }
        for m in matches {
            if m.range.count == 1 {
                addGazetteer(m.lists, token: m.range.lowerBound, position: 3)
                continue
            }
            addGazetteer(m.lists, token: m.range.lowerBound, position: 0)
            for k in (m.range.lowerBound + 1)..<(m.range.upperBound - 1) { addGazetteer(m.lists, token: k, position: 1) }
            addGazetteer(m.lists, token: m.range.upperBound - 1, position: 2)
        }
        respell(spellings, clusters: wc)
    }

    public var count: Int { typeOf.count }

    /// The tokens that are a whole gazetteer entry on their own, ascending, with the lists of
    /// each: the one gazetteer column the attribution stage reads, kept without the others.
    func unitGazetteer() -> (tokens: [UInt32], lists: [UInt16]) {
        var tokens: [UInt32] = [], lists: [UInt16] = []
        for k in gazetteerRowOf.indices where gazetteerRowOf[k] != 0 {
            let unit = gazetteerRows[Int(gazetteerRowOf[k]) * 4 + 3]
            if unit != 0 {
                tokens.append(UInt32(k))
                lists.append(unit)
            }
        }
        return (tokens, lists)
    }

    private mutating func addGazetteer(_ lists: UInt16, token k: Int, position: Int) {
        if gazetteerRowOf[k] == 0 {
            gazetteerRowOf[k] = UInt32(gazetteerRows.count / 4)
            gazetteerRows.append(contentsOf: [0, 0, 0, 0])
        }
        gazetteerRows[Int(gazetteerRowOf[k]) * 4 + position] |= lists
    }

    /// Flags sentence starts (the first word-like token) and sentences written in capitals.
    private mutating func markSentences(_ doc: Document) {
        for sentence in doc.sentences {
            var upper = 0, mixed = 0, long = 0, capitalised = 0
            var first = true
            // The word's own flags: a snapshot of `flags` would hold `placeFlags` and make
            // every write below copy the whole column.
            let typeFlags = types.flags, typeOf = self.typeOf
            for k in sentence.tokens {
                let f = typeFlags[Int(typeOf[k])]
                if f.contains(.hasLetter) && doc.tokens[k].length >= 4 {
                    long += 1
                    if f.contains(.capitalized) { capitalised += 1 }
                }
                if first && f.contains(.hasLetter) || first && f.contains(.hasDigit) {
                    placeFlags[k].insert(.sentenceStart)
                    first = false
                }
                if f.contains(.hasLetter) {
                    if f.contains(.allCaps) { upper += 1 } else { mixed += 1 }
                }
            }
            if upper >= 3 && mixed * 5 <= upper {
                for k in sentence.tokens { placeFlags[k].insert(.capsSentence) }
            } else if long >= 3 && capitalised * 10 >= long * 7 {
                for k in sentence.tokens { placeFlags[k].insert(.titleCaseSentence) }
            }
        }
    }

    /// Records, for each word, whether it is capitalised or lowercase where case is informative.
    private mutating func markDocumentCase(_ doc: Document) {
        var seen = HashTable64<Flags>(capacity: min(doc.tokens.count / 4, 4_096))
        let flags = self.flags, lower = self.lower
        for k in 0..<count {
            let f = flags[k]
            guard f.contains(.hasLetter), !f.contains(.sentenceStart), !f.contains(.capsSentence) else { continue }
            let mark: Flags = f.contains(.capitalized) ? .docCapitalized : .docLowercase
            seen[lower[k]] = (seen[lower[k]] ?? []).union(mark)
        }
        for t in types.flags.indices {
            if let d = seen[types.lower[t]] { types.flags[t].formUnion(d) }
        }
    }
}
