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

    public var word: [UInt64]
    public var lower: [UInt64]
    public var shape: [UInt64]
    public var flags: [Flags]
    public var clusters: [UInt32]
    /// Gazetteer bits per token and position: [begin, inside, last, unit] × tokens.
    public var gazetteer: [UInt16]
    public var matches: [Gazetteer.Match]

    public init(_ doc: Document, gazetteer gaz: Gazetteer, clusters wc: WordClusters) {
        let s = doc.text.scalars
        let n = doc.tokens.count
        word = [UInt64](repeating: 0, count: n)
        lower = [UInt64](repeating: 0, count: n)
        shape = [UInt64](repeating: 0, count: n)
        flags = [Flags](repeating: [], count: n)
        clusters = [UInt32](repeating: 0, count: n)
        gazetteer = [UInt16](repeating: 0, count: 4 * n)
        matches = []
        for (k, t) in doc.tokens.enumerated() {
            var hw = FeatureHash.offset, hl = FeatureHash.offset, hs = FeatureHash.offset
            var lastClass: UInt32 = 0, repeats = 0
            var upper = 0, lowerCount = 0, digits = 0
            var i = t.start
            while i < t.end {
                let c = s[i]
                hw = FeatureHash.step(hw, c.value)
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
            word[k] = hw
            lower[k] = hl
            shape[k] = hs
            var f: Flags = []
            if ScalarClass.isUpper(s[t.start]) { f.insert(.capitalized) }
            if upper > 0 && lowerCount == 0 { f.insert(.allCaps) }
            if upper + lowerCount > 0 { f.insert(.hasLetter) }
            if digits > 0 { f.insert(.hasDigit) }
            flags[k] = f
            clusters[k] = wc.packed(hl)
        }
        markSentences(doc)
        markDocumentCase(doc)
        for sentence in doc.sentences {
            gaz.matches(lowerHashes: lower, wordHashes: word, in: sentence.tokens, into: &matches)
        }
        for m in matches {
            if m.range.count == 1 {
                gazetteer[4 * m.range.lowerBound + 3] |= m.lists
                continue
            }
            gazetteer[4 * m.range.lowerBound] |= m.lists
            for k in (m.range.lowerBound + 1)..<(m.range.upperBound - 1) { gazetteer[4 * k + 1] |= m.lists }
            gazetteer[4 * (m.range.upperBound - 1) + 2] |= m.lists
        }
    }

    public var count: Int { word.count }

    /// Flags sentence starts (the first word-like token) and sentences written in capitals.
    private mutating func markSentences(_ doc: Document) {
        for sentence in doc.sentences {
            var upper = 0, mixed = 0, long = 0, capitalised = 0
            var first = true
            for k in sentence.tokens {
                let f = flags[k]
                if f.contains(.hasLetter) && doc.tokens[k].length >= 4 {
                    long += 1
                    if f.contains(.capitalized) { capitalised += 1 }
                }
                if first && f.contains(.hasLetter) || first && f.contains(.hasDigit) {
                    flags[k].insert(.sentenceStart)
                    first = false
                }
                if f.contains(.hasLetter) {
                    if f.contains(.allCaps) { upper += 1 } else { mixed += 1 }
                }
            }
            if upper >= 3 && mixed * 5 <= upper {
                for k in sentence.tokens { flags[k].insert(.capsSentence) }
            } else if long >= 3 && capitalised * 10 >= long * 7 {
                for k in sentence.tokens { flags[k].insert(.titleCaseSentence) }
            }
        }
    }

    /// Records, for each word, whether it is capitalised or lowercase where case is informative.
    private mutating func markDocumentCase(_ doc: Document) {
        var seen = HashTable64<Flags>(capacity: min(doc.tokens.count / 4, 4_096))
        for k in 0..<count {
            let f = flags[k]
            guard f.contains(.hasLetter), !f.contains(.sentenceStart), !f.contains(.capsSentence) else { continue }
            let mark: Flags = f.contains(.capitalized) ? .docCapitalized : .docLowercase
            seen[lower[k]] = (seen[lower[k]] ?? []).union(mark)
        }
        for k in 0..<count {
            if let d = seen[lower[k]] { flags[k].formUnion(d) }
        }
    }
}
