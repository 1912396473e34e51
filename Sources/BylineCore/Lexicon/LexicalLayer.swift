/// What the lexicon and the gazetteers say about each token of one document, computed once
/// per document and read by the attribution and claim stages alike: per distinct word, its
/// lowercase text, its lexicon classes, its cue entry and whether it starts in lower case, and
/// per token the gazetteer lists it makes up on its own. Every stage asks the same tables instead of lowercasing words on its own.
///
/// Built from the recogniser's token profile once the entity stage is done with it, and keeps
/// only the profile's word of each token and its single-word gazetteer hits: the rest of the
/// profile (place flags, every gazetteer position, the matches) is a column or two per token
/// that attribution never reads, and dense text has a million tokens.
public struct LexicalLayer {
    public let lexicon: Lexicon
    /// For each token, its distinct word: the index into the tables below.
    let typeOf: [UInt32]
    /// Per distinct word: the lowercase text ("" past `maxLowered` scalars).
    let lowered: [String]
    let classes: [WordClasses]
    let cues: [CueLexicon.Entry?]
    /// Per distinct word: whether it opens a cue of two words ("put it").
    let phrasalHeads: [Bool]
    /// Per distinct word: whether it is a cue whose content follows a preposition ("called" of "called for").
    let prepositionalHeads: [Bool]
    /// Per distinct word: whether it starts with a lowercase letter. A word capitalised only
    /// for opening its sentence ("Maybe") is usually written in lower case elsewhere, and a
    /// name is not: `isWrittenInLowercase` asks, for the few words that need it.
    let startsLowercase: [Bool]
    /// The tokens that are a whole gazetteer entry on their own, ascending, and the lists of each.
    let unitTokens: [UInt32]
    let unitLists: [UInt16]

    /// Words longer than this are never looked up (no listed word is as long).
    static let maxLowered = 24

    public init(_ doc: Document, gazetteer: Gazetteer, clusters: WordClusters, lexicon: Lexicon) {
        self.init(doc, profile: TokenProfile(doc, gazetteer: gazetteer, clusters: clusters), lexicon: lexicon)
    }

    /// The layer of the bundled gazetteers and lexicon.
    public init(bundled doc: Document) {
        let data = BundledEntityData.shared
        self.init(doc, gazetteer: data.resources.gazetteer, clusters: data.resources.clusters, lexicon: data.lexicon)
    }

    /// - Parameter profile: the document's token profile, of which only the word of each token
    ///   and the single-word gazetteer hits are kept.
    public init(_ doc: Document, profile: TokenProfile, lexicon: Lexicon) {
        self.lexicon = lexicon
        self.typeOf = profile.typeOf
        (self.unitTokens, self.unitLists) = profile.unitGazetteer()
        let typeCount = profile.types.word.count
        var lowered = [String](repeating: "", count: typeCount)
        var classes = [WordClasses](repeating: [], count: typeCount)
        var cues = [CueLexicon.Entry?](repeating: nil, count: typeCount)
        var phrasalHeads = [Bool](repeating: false, count: typeCount)
        var prepositionalHeads = [Bool](repeating: false, count: typeCount)
        var done = [Bool](repeating: false, count: typeCount)
        var startsLowercase = [Bool](repeating: false, count: typeCount)
        let s = doc.text.scalars
        for (k, t) in doc.tokens.enumerated() {
            let type = Int(profile.typeOf[k])
            guard !done[type] else { continue }
            done[type] = true
            guard t.length <= Self.maxLowered else { continue }
            let w = Self.lowercase(s, t.start, t.end)
            lowered[type] = w
            startsLowercase[type] = t.kind == .word && ScalarClass.isLower(s[t.start])
            // An ASCII word's lowercase hash is already in the profile; others hash their lowercase text.
            let ascii = w.utf8.count == t.length
            guard let info = ascii ? lexicon.info(lowerHash: profile.types.lower[type]) : lexicon.info(w) else { continue }
            classes[type] = info.classes
            cues[type] = info.cue
            phrasalHeads[type] = info.opensPhrasalCue
            prepositionalHeads[type] = info.opensPrepositionalCue
        }
        self.startsLowercase = startsLowercase
        self.lowered = lowered
        self.classes = classes
        self.cues = cues
        self.phrasalHeads = phrasalHeads
        self.prepositionalHeads = prepositionalHeads
    }

    /// Whether the document also writes token `k`'s word in lower case ("maybe" beside
    /// "Maybe"): a scan of the distinct words, made only for the rare word that needs it.
    func isWrittenInLowercase(_ k: Int) -> Bool {
        let w = lowered[Int(typeOf[k])]
        guard !w.isEmpty else { return false }
        return lowered.indices.contains { startsLowercase[$0] && lowered[$0] == w }
    }

    /// The gazetteer lists that token `k` makes up on its own (0: none), by binary search.
    func unitGazetteerLists(_ k: Int) -> UInt16 {
        var lo = 0, hi = unitTokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(unitTokens[mid]) < k { lo = mid + 1 } else { hi = mid }
        }
        return lo < unitTokens.count && Int(unitTokens[lo]) == k ? unitLists[lo] : 0
    }

    /// The lowercase text of a word or number token, "" for other kinds and very long words.
    @inline(__always)
    func lower(_ k: Int, _ t: Token) -> String {
        t.kind == .word || t.kind == .number ? lowered[Int(typeOf[k])] : ""
    }

    /// The lexicon classes of a word or number token.
    @inline(__always)
    func classes(_ k: Int, _ t: Token) -> WordClasses {
        t.kind == .word || t.kind == .number ? classes[Int(typeOf[k])] : []
    }

    /// The cue entry of a word or number token.
    @inline(__always)
    func cue(_ k: Int, _ t: Token) -> CueLexicon.Entry? {
        t.kind == .word || t.kind == .number ? cues[Int(typeOf[k])] : nil
    }

    /// Whether a word token opens a cue of two words.
    @inline(__always)
    func opensPhrasalCue(_ k: Int, _ t: Token) -> Bool {
        t.kind == .word && phrasalHeads[Int(typeOf[k])]
    }

    /// Whether a word token is a cue whose content follows a preposition.
    @inline(__always)
    func opensPrepositionalCue(_ k: Int, _ t: Token) -> Bool {
        t.kind == .word && prepositionalHeads[Int(typeOf[k])]
    }

    /// Lowercases scalars: ASCII by table, others by their full lowercase mapping.
    static func lowercase(_ s: ScalarStorage, _ start: Int, _ end: Int) -> String {
        if let ascii = s.lowercasedASCII(start, end) { return ascii }
        var view = String.UnicodeScalarView()
        for i in start..<end {
            let c = s[i]
            if c.value >= 0x41 && c.value <= 0x5A {
                view.append(Unicode.Scalar(c.value + 0x20)!)
            } else if c.value < 0x80 {
                view.append(c)
            } else {
                view.append(contentsOf: String(c).lowercased().unicodeScalars)
            }
        }
        return String(view)
    }
}
