/// Finds sentence boundaries in one paragraph's tokens.
///
/// A boundary needs a terminator (". ! ? …"), white space, and a next token that can open a
/// sentence (a capital, a digit, an opening mark). Closing quotes and brackets right after
/// the terminator stay with the sentence they close. Inside a balanced double quotation no
/// boundary is made, so a quote is never cut by its own full stop; an unbalanced opening
/// mark is ignored, so it can never swallow the rest of the paragraph. Abbreviations:
/// titles never end a sentence, initials neither, and other abbreviations ("U.S.", "Jan.")
/// only before a word that usually opens one.
public enum SentenceSplitter {
    /// Appends the sentences of the paragraph whose tokens are `tokenRange` to `sentences`.
    public static func split(
        _ s: ScalarStorage, tokens: [Token], tokenRange: Range<Int>, paragraph: Int,
        into sentences: inout [Sentence]
    ) {
        guard !tokenRange.isEmpty else { return }
        let balanced = balancedOpenings(s, tokens: tokens, range: tokenRange)
        var depth = 0
        var first = tokenRange.lowerBound
        var k = tokenRange.lowerBound
        let hi = tokenRange.upperBound
        while k < hi {
            let t = tokens[k]
            if t.kind == .quote {
                depth = updateDepth(depth, s, tokens, k, balanced)
                k += 1
                continue
            }
            guard isTerminator(s, t) else {
                k += 1
                continue
            }
            var m = k + 1
            while m < hi, tokens[m].start == tokens[m - 1].end, closesSentence(s, tokens, m) {
                if tokens[m].kind == .quote { depth = updateDepth(depth, s, tokens, m, balanced) }
                m += 1
            }
            if m < hi && depth == 0 && tokens[m].start > tokens[m - 1].end
                && opensSentence(s, tokens[m]) && abbreviationAllows(s, t, next: tokens[m]) {
                sentences.append(Sentence(start: tokens[first].start, end: tokens[m - 1].end,
                                          tokens: first..<m, paragraph: paragraph))
                first = m
            }
            k = m
        }
        sentences.append(Sentence(start: tokens[first].start, end: tokens[hi - 1].end,
                                  tokens: first..<hi, paragraph: paragraph))
    }

    /// Whether a token can end a sentence.
    static func isTerminator(_ s: ScalarStorage, _ t: Token) -> Bool {
        let last = s[t.end - 1]
        switch t.kind {
        case .punctuation:
            return ScalarClass.isSentenceTerminator(last)
        case .word:
            return last == "." && t.length > 1
        default:
            return false
        }
    }

    /// Tokens glued after a terminator that still belong to its sentence.
    static func closesSentence(_ s: ScalarStorage, _ tokens: [Token], _ m: Int) -> Bool {
        let t = tokens[m]
        let c = s[t.start]
        if t.kind == .quote { return !ScalarClass.isOpeningQuote(c) }
        if t.kind == .punctuation {
            return c == ")" || c == "]" || c == "}" || ScalarClass.isSentenceTerminator(c)
        }
        return false
    }

    static func opensSentence(_ s: ScalarStorage, _ t: Token) -> Bool {
        let c = s[t.start]
        switch t.kind {
        case .word: return ScalarClass.isUpper(c) || !ScalarClass.isLetter(c)
        case .number: return true
        case .quote: return true
        case .punctuation: return c == "(" || c == "[" || c == "\u{2014}" || c == "-" || c == "\u{2013}"
        case .symbol: return c == "$" || c == "\u{20AC}" || c == "\u{00A3}" || c == "#" || c == "@"
        }
    }

    /// Abbreviation tokens ("Mr.", "U.S.", "J.") end a sentence only in the clear cases.
    static func abbreviationAllows(_ s: ScalarStorage, _ t: Token, next: Token) -> Bool {
        guard t.kind == .word else { return true }
        let word = ScalarText.string(s, t.start, t.end - 1)
        if Abbreviations.titles.contains(word) { return false }
        if t.length == 2 && ScalarClass.isUpper(s[t.start]) { return false }
        if next.kind == .quote { return true }
        return Abbreviations.sentenceStarters.contains(ScalarText.string(s, next.start, next.end))
    }

    /// The quotation depth after the quote mark at token `k`.
    static func updateDepth(_ depth: Int, _ s: ScalarStorage, _ tokens: [Token], _ k: Int, _ balanced: Set<Int>) -> Int {
        switch role(s, tokens, k) {
        case .opening: return balanced.contains(k) ? depth + 1 : depth
        case .closing: return max(0, depth - 1)
        case .other: return depth
        }
    }

    enum Role { case opening, closing, other }

    /// Double quotation marks only: single marks are too often apostrophes to track.
    static func role(_ s: ScalarStorage, _ tokens: [Token], _ k: Int) -> Role {
        let c = s[tokens[k].start]
        switch c.value {
        case 0x201C, 0x201E, 0xAB, 0x300C: return .opening
        case 0x201D, 0xBB, 0x300D: return .closing
        case 0x22:
            let before = tokens[k].start == 0 ? " " : s[tokens[k].start - 1]
            let after: Unicode.Scalar = tokens[k].end < s.count ? s[tokens[k].end] : " "
            let spaceBefore = ScalarClass.isSpace(before) || before == "(" || before == "[" || before == "\u{2014}"
            let spaceAfter = ScalarClass.isSpace(after)
            if spaceBefore && !spaceAfter { return .opening }
            if !spaceBefore { return .closing }
            return .other
        default:
            return .other
        }
    }

    /// Token indices of opening double marks that have a closing mark later in the paragraph.
    static func balancedOpenings(_ s: ScalarStorage, tokens: [Token], range: Range<Int>) -> Set<Int> {
        var stack: [Int] = []
        var result = Set<Int>()
        for k in range where tokens[k].kind == .quote {
            switch role(s, tokens, k) {
            case .opening:
                stack.append(k)
            case .closing:
                if let open = stack.popLast() { result.insert(open) }
            case .other:
                break
            }
        }
        return result
    }
}
