/// Read-only helpers over a document's tokens for the attribution stage: lower-cased
/// words, capitalisation and punctuation tests, without building strings in the hot paths
/// that do not need them.
///
/// The tests are total: a neighbour before the first token or after the last one (`k - 1`,
/// `k + 1` at a text's edge) is no word, no mark and no punctuation, rather than a trap, so a
/// rule that looks one token too far fails to match instead of crashing the analysis.
struct TokenView {
    let doc: Document
    /// The document's lexical layer: lowercase words, lexicon classes and cue entries.
    let layer: LexicalLayer
    var s: ScalarStorage { doc.text.scalars }
    var lexicon: Lexicon { layer.lexicon }

    init(_ doc: Document, layer: LexicalLayer) {
        self.doc = doc
        self.layer = layer
    }

    /// A view over the bundled gazetteers and lexicon.
    init(_ doc: Document) { self.init(doc, layer: LexicalLayer(bundled: doc)) }

    @inline(__always) func token(_ k: Int) -> Token { doc.tokens[k] }

    func text(_ k: Int) -> String { doc.string(doc.tokens[k]) }

    /// Whether `k` is a token of the document.
    @inline(__always) func has(_ k: Int) -> Bool { k >= 0 && k < doc.tokens.count }

    /// The lower-cased text of a word or number token, "" for other kinds and words over 24 scalars.
    @inline(__always)
    func lower(_ k: Int) -> String { has(k) ? layer.lower(k, doc.tokens[k]) : "" }

    /// Whether the word at `k` belongs to the lexicon class `c`.
    @inline(__always)
    func has(_ c: WordClass, at k: Int) -> Bool { has(k) && layer.classes(k, doc.tokens[k]).contains(c.bit) }

    /// Whether a lowercase word is a title before a name ("sen." as "sen").
    func isTitle(_ word: String) -> Bool {
        lexicon.contains(word.hasSuffix(".") ? String(word.dropLast()) : word, .title)
    }

    /// The cue of two words that the word at `k` opens with the next ("put it"), if any.
    func phrasalCue(_ k: Int) -> CueLexicon.Entry? {
        guard has(k), layer.opensPhrasalCue(k, doc.tokens[k]) else { return nil }
        return lexicon.phrasalCue(lower(k), next: lower(k + 1))
    }

    /// Whether the word at `k` is a cue whose content follows a preposition ("called" of "called for").
    @inline(__always)
    func opensPrepositionalCue(_ k: Int) -> Bool { has(k) && layer.opensPrepositionalCue(k, doc.tokens[k]) }

    /// The cue entry of the word at `k`, if it is a cue.
    @inline(__always)
    func cue(_ k: Int) -> CueLexicon.Entry? { has(k) ? layer.cue(k, doc.tokens[k]) : nil }

    @inline(__always)
    func isWord(_ k: Int) -> Bool { has(k) && doc.tokens[k].kind == .word }

    @inline(__always)
    func isCapitalized(_ k: Int) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        return (t.kind == .word || t.kind == .number) && ScalarClass.isUpper(doc.text.scalars[t.start])
    }

    func first(_ k: Int) -> Unicode.Scalar { doc.text.scalars[doc.tokens[k].start] }

    @inline(__always)
    func isComma(_ k: Int) -> Bool { isPunct(k, ",") }

    @inline(__always)
    func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        return t.kind == .punctuation && doc.text.scalars[t.start] == c
    }

    @inline(__always)
    func isQuote(_ k: Int) -> Bool { has(k) && doc.tokens[k].kind == .quote }

    /// A full stop, "!", "?" or "…" token.
    @inline(__always)
    func isTerminator(_ k: Int) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        return t.kind == .punctuation && ScalarClass.isSentenceTerminator(doc.text.scalars[t.start])
    }

    /// A dash used as a clause break.
    @inline(__always)
    func isDash(_ k: Int) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        guard t.kind == .punctuation else { return false }
        let c = doc.text.scalars[t.start]
        return c == "\u{2014}" || c == "\u{2013}" || c == "\u{2015}" || (c == "-" && t.length >= 2)
    }

    /// The possessive "'s" token.
    func isPossessive(_ k: Int) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        return t.kind == .word && t.length == 2 && ScalarClass.isApostrophe(doc.text.scalars[t.start])
    }

    /// True when the cue word at `k` is a noun modified by one lowercase word after a determiner
    /// or a possessive: "a leaked report", "its annual report", "Reuters' own estimates".
    func isModifiedNounCue(_ k: Int, lo: Int) -> Bool {
        guard k - 2 >= lo, has(.nounCue, at: k), isWord(k - 1), !isCapitalized(k - 1),
              !isPossessive(k - 1) else { return false }
        return isPossessive(k - 2) || (isWord(k - 2) && has(.nounOpener, at: k - 2))
    }
}
