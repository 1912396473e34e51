/// Splits text into tokens over scalars, in one pass and linear time.
///
/// Words keep inner hyphens ("Indo-Pacific"), inner apostrophes ("O'Brien") and inner dots
/// ("U.S.", "caliber.az"); a possessive "'s" becomes its own token, as in CoNLL and Penn
/// Treebank tokenisation, so that "North Korea’s" yields the name "North Korea"; text already
/// tokenised that way ("Korea 's") gives the same "'s" token. Numbers keep
/// decimal points, thousands separators and clock colons ("10,000", "3.5", "10:30").
/// A trailing full stop joins the word when it is an initial, an inner-dotted abbreviation or
/// a known abbreviation, so the sentence splitter sees "Mr." and "U.S." as single tokens.
public enum Tokenizer {
    public static func tokenize(_ s: ScalarStorage, in range: Range<Int>, into tokens: inout [Token]) {
        s.withUnsafeScalars { tokenize($0, in: range, into: &tokens) }
    }

    /// The scan itself, over the unchecked view: it reads every scalar of the document.
    static func tokenize(_ s: UnsafeScalars, in range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let hi = range.upperBound
        while i < hi {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                i += 1
                continue
            }
            if ScalarClass.isAlnum(c) {
                i = word(s, from: i, to: hi, into: &tokens)
                continue
            }
            if ScalarClass.isApostrophe(c), i > range.lowerBound, ScalarClass.isAlnum(s[i - 1]) || ScalarClass.isSpace(s[i - 1]),
               i + 1 < hi, s[i + 1] == "s" || s[i + 1] == "S",
               i + 2 >= hi || !ScalarClass.isAlnum(s[i + 2]) {
                tokens.append(Token(start: i, end: i + 2, kind: .word))
                i += 2
                continue
            }
            if ScalarClass.isQuoteMark(c) {
                tokens.append(Token(start: i, end: i + 1, kind: .quote))
                i += 1
                continue
            }
            if c == "." || c == "-" || c == "!" || c == "?" {
                var j = i + 1
                while j < hi && s[j] == c { j += 1 }
                tokens.append(Token(start: i, end: j, kind: .punctuation))
                i = j
                continue
            }
            let kind: Token.Kind = isPunctuation(c) ? .punctuation : .symbol
            tokens.append(Token(start: i, end: i + 1, kind: kind))
            i += 1
        }
    }

    /// Scans one word or number starting at `start`; returns the index after it.
    private static func word(_ s: UnsafeScalars, from start: Int, to hi: Int, into tokens: inout [Token]) -> Int {
        var j = start
        var allDigits = true
        var innerDot = false
        while j < hi {
            let c = s[j]
            if ScalarClass.isAlnum(c) || (c.value >= 0x300 && c.properties.generalCategory == .nonspacingMark) {
                if !ScalarClass.isDigit(c) { allDigits = false }
                j += 1
                continue
            }
            guard j + 1 < hi else { break }
            let next = s[j + 1]
            let prev = s[j - 1]
            if ScalarClass.isHyphen(c) && ScalarClass.isAlnum(next) && ScalarClass.isAlnum(prev) {
                allDigits = allDigits && ScalarClass.isDigit(next)
                j += 1
                continue
            }
            if ScalarClass.isApostrophe(c) && ScalarClass.isLetter(next) && ScalarClass.isLetter(prev) {
                let isPossessive = (next == "s" || next == "S") && (j + 2 >= hi || !ScalarClass.isAlnum(s[j + 2]))
                if isPossessive { break }
                j += 1
                continue
            }
            if (c == "." || c == "," || c == ":") && ScalarClass.isDigit(next) && ScalarClass.isDigit(prev) && allDigits {
                j += 1
                continue
            }
            if c == "." && ScalarClass.isLetter(next) && ScalarClass.isLetter(prev) {
                innerDot = true
                j += 1
                continue
            }
            if c == "&" && ScalarClass.isUpper(next) && ScalarClass.isUpper(prev) && j - start <= 2 {
                j += 1
                continue
            }
            break
        }
        var end = j
        if end < hi && s[end] == "." && !allDigits && !(end + 1 < hi && s[end + 1] == ".") {
            let length = end - start
            if innerDot || (length == 1 && ScalarClass.isLetter(s[start])) {
                end += 1
            } else if length <= 6 {
                if Abbreviations.isKnown(s.storage.string(start, end)) { end += 1 }
            }
        }
        tokens.append(Token(start: start, end: end, kind: allDigits ? .number : .word))
        return end
    }

    @inline(__always)
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            switch c {
            case ",", ";", ":", "(", ")", "[", "]", "{", "}", "/", "\\": return true
            default: return false
            }
        }
        switch c.properties.generalCategory {
        case .dashPunctuation, .openPunctuation, .closePunctuation, .otherPunctuation,
             .initialPunctuation, .finalPunctuation, .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
