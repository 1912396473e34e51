/// What the lexicon and the gazetteers say about each token of one document, computed once
/// per document and read by the entity, attribution and claim stages alike: the recogniser's
/// token profile (hashes, case flags, word classes, gazetteer hits) and, per distinct word,
/// its lowercase text, its lexicon classes and its cue entry. Every stage asks the same
/// tables instead of lowercasing words on its own.
public struct LexicalLayer {
    public let profile: TokenProfile
    public let lexicon: Lexicon
    /// Per distinct word (`profile.typeOf`): the lowercase text ("" past `maxLowered` scalars).
    let lowered: [String]
    let classes: [WordClasses]
    let cues: [CueLexicon.Entry?]
    /// Per distinct word: whether it opens a cue of two words ("put it").
    let phrasalHeads: [Bool]

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

    public init(_ doc: Document, profile: TokenProfile, lexicon: Lexicon) {
        self.profile = profile
        self.lexicon = lexicon
        let typeCount = profile.types.word.count
        var lowered = [String](repeating: "", count: typeCount)
        var classes = [WordClasses](repeating: [], count: typeCount)
        var cues = [CueLexicon.Entry?](repeating: nil, count: typeCount)
        var phrasalHeads = [Bool](repeating: false, count: typeCount)
        var done = [Bool](repeating: false, count: typeCount)
        let s = doc.text.scalars
        for (k, t) in doc.tokens.enumerated() {
            let type = Int(profile.typeOf[k])
            guard !done[type] else { continue }
            done[type] = true
            guard t.length <= Self.maxLowered else { continue }
            let w = Self.lowercase(s, t.start, t.end)
            lowered[type] = w
            // An ASCII word's lowercase hash is already in the profile; others hash their lowercase text.
            let ascii = w.utf8.count == t.length
            guard let info = ascii ? lexicon.info(lowerHash: profile.types.lower[type]) : lexicon.info(w) else { continue }
            classes[type] = info.classes
            cues[type] = info.cue
            phrasalHeads[type] = info.opensPhrasalCue
        }
        self.lowered = lowered
        self.classes = classes
        self.cues = cues
        self.phrasalHeads = phrasalHeads
    }

    /// The lowercase text of a word or number token, "" for other kinds and very long words.
    @inline(__always)
    func lower(_ k: Int, _ t: Token) -> String {
        t.kind == .word || t.kind == .number ? lowered[Int(profile.typeOf[k])] : ""
    }

    /// The lexicon classes of a word or number token.
    @inline(__always)
    func classes(_ k: Int, _ t: Token) -> WordClasses {
        t.kind == .word || t.kind == .number ? classes[Int(profile.typeOf[k])] : []
    }

    /// The cue entry of a word or number token.
    @inline(__always)
    func cue(_ k: Int, _ t: Token) -> CueLexicon.Entry? {
        t.kind == .word || t.kind == .number ? cues[Int(profile.typeOf[k])] : nil
    }

    /// Whether a word token opens a cue of two words.
    @inline(__always)
    func opensPhrasalCue(_ k: Int, _ t: Token) -> Bool {
        t.kind == .word && phrasalHeads[Int(profile.typeOf[k])]
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
