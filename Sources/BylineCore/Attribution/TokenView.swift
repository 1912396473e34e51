/// Read-only helpers over a document's tokens for the attribution stage: lower-cased
/// words, capitalisation and punctuation tests, without building strings in the hot paths
/// that do not need them.
///
/// The tests are total: a neighbour before the first token or after the last one (`k - 1`,
/// `k + 1` at a text's edge) is no word, no mark and no punctuation, rather than a trap, so a
/// rule that looks one token too far fails to match instead of crashing the analysis.
struct TokenView {
    let doc: Document
    var s: ScalarStorage { doc.text.scalars }

    init(_ doc: Document) { self.doc = doc }

    @inline(__always) func token(_ k: Int) -> Token { doc.tokens[k] }

    func text(_ k: Int) -> String { doc.string(doc.tokens[k]) }

    /// Whether `k` is a token of the document.
    @inline(__always) func has(_ k: Int) -> Bool { k >= 0 && k < doc.tokens.count }

    /// The lower-cased text of a word token (ASCII fast path), "" for other kinds.
    func lower(_ k: Int) -> String {
        guard has(k) else { return "" }
        let t = doc.tokens[k]
        guard t.kind == .word || t.kind == .number, t.length <= 24 else { return "" }
        let scalars = doc.text.scalars
        if let ascii = scalars.lowercasedASCII(t.start, t.end) { return ascii }
        var view = String.UnicodeScalarView()
        for i in t.start..<t.end {
            let c = scalars[i]
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

    func isWord(_ k: Int) -> Bool { has(k) && doc.tokens[k].kind == .word }

    func isCapitalized(_ k: Int) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        return (t.kind == .word || t.kind == .number) && ScalarClass.isUpper(doc.text.scalars[t.start])
    }

    func first(_ k: Int) -> Unicode.Scalar { doc.text.scalars[doc.tokens[k].start] }

    func isComma(_ k: Int) -> Bool { isPunct(k, ",") }

    func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        return t.kind == .punctuation && doc.text.scalars[t.start] == c
    }

    func isQuote(_ k: Int) -> Bool { has(k) && doc.tokens[k].kind == .quote }

    /// A full stop, "!", "?" or "…" token.
    func isTerminator(_ k: Int) -> Bool {
        guard has(k) else { return false }
        let t = doc.tokens[k]
        return t.kind == .punctuation && ScalarClass.isSentenceTerminator(doc.text.scalars[t.start])
    }

    /// A dash used as a clause break.
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

    /// Cue words that are just as often nouns ("a leaked report", "the new estimates").
    static let nounCues: Set<String> = [
        "report", "reports", "claim", "claims", "estimate", "estimates", "comment", "comments", "note", "notes",
        "warning", "warnings", "statement", "statements", "study", "studies", "survey", "surveys", "finding", "findings",
    ]

    /// Determiners that open a noun phrase.
    static let nounOpeners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "another",
    ]

    /// True when the cue word at `k` is a noun modified by one lowercase word after a determiner
    /// or a possessive: "a leaked report", "its annual report", "Reuters' own estimates".
    func isModifiedNounCue(_ k: Int, lo: Int) -> Bool {
        guard k - 2 >= lo, TokenView.nounCues.contains(lower(k)), isWord(k - 1), !isCapitalized(k - 1),
              !isPossessive(k - 1) else { return false }
        return isPossessive(k - 2) || (isWord(k - 2) && TokenView.nounOpeners.contains(lower(k - 2)))
    }
}
