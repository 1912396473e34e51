/// A claim sentence reduced to what outlets keep when they retell it: content words
/// (lowercased, lightly stemmed, stop words and reporting verbs dropped), numbers as their
/// value ("10,000", "10 000"-free "10000", "ten thousand" and "10 thousand" are one token),
/// and whether the sentence is negated. Near-duplicate matching compares these, so two
/// wordings of one report meet while "10,000 troops" and "1,000 troops" stay apart.
/// Works on Unicode scalars and UTF-8 bytes; no `Character` is built.
public struct ClaimWords: Sendable, Equatable {
    /// The content words and numbers in reading order, each as a 64-bit hash.
    public var tokens: [UInt64]
    /// The numbers' values in canonical decimal form ("10000", "2.5"), sorted, without repeats.
    public var numbers: [String]
    /// True when the sentence says "not", "no", "never" or "…n't".
    public var negated: Bool

    public init(_ text: String) {
        var reader = ClaimWordReader()
        reader.read(text)
        tokens = reader.tokens
        numbers = Array(Set(reader.numbers)).sorted()
        negated = reader.negated
    }

    /// The hash a content word gets (lowercase UTF-8 bytes after stemming), for tests and tables.
    static func hash(word bytes: [UInt8]) -> UInt64 {
        var h = FeatureHash.offset
        for b in bytes { h = FeatureHash.step(h, UInt32(b)) }
        return FeatureHash.mix(h)
    }

    /// Numbers hash apart from words, so "2024" the number never meets a word spelt the same.
    static func hash(number: String) -> UInt64 {
        FeatureHash.mix(hash(word: Array(number.utf8)) ^ 0x4E55_4D42_4552_5321)
    }
}

/// The scanner behind `ClaimWords`: pieces (words and digit runs) first, then number words
/// and magnitudes folded into values, then stop words, negation and stemming.
struct ClaimWordReader {
    private enum Piece {
        case word([UInt8])
        /// Digits without separators and how many of them come before the decimal point.
        case digits([UInt8], integer: Int)
    }

    var tokens: [UInt64] = []
    var numbers: [String] = []
    var negated = false
    private var pieces: [Piece] = []
    private var previous: [UInt8]?

    mutating func read(_ text: String) {
        split(text)
        fold()
    }

    // MARK: pieces

    private mutating func split(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var i = Self.datelineEnd(scalars)
        while i < scalars.count {
            let c = scalars[i]
            if Self.isDigit(c) {
                i = readNumber(scalars, from: i)
            } else if Self.isLetter(c) {
                var word: [UInt8] = []
                while i < scalars.count, Self.isLetter(scalars[i]) || Self.isDigit(scalars[i]) {
                    Self.appendLowered(scalars[i], to: &word)
                    i += 1
                }
                pieces.append(.word(word))
            } else {
                if c == "%" { pieces.append(.word(Array("percent".utf8))) }
                i += 1
            }
        }
    }

    /// Where a wire dateline ("SEOUL, Oct 18 (Yonhap) - ", "WASHINGTON — ") ends: a dash
    /// between spaces within the first 80 scalars, after a word in capitals or a closing
    /// parenthesis. Outlets retelling a report keep its words but not its dateline. 0: none.
    static func datelineEnd(_ s: [Unicode.Scalar]) -> Int {
        var capitals = 0, longestCapitals = 0
        var closed = false
        for i in 0..<min(s.count, 80) {
            let c = s[i]
            if c.value >= 0x41 && c.value <= 0x5A {
                capitals += 1
                longestCapitals = max(longestCapitals, capitals)
                continue
            }
            if isLetter(c) { capitals = 0; longestCapitals = longestCapitals >= 3 ? longestCapitals : 0; continue }
            capitals = 0
            if c == ")" { closed = true }
            if (c == "-" || c == "\u{2014}" || c == "\u{2013}"), i > 0, s[i - 1] == " ", i + 1 < s.count, s[i + 1] == " " {
                return longestCapitals >= 3 || closed ? i + 1 : 0
            }
        }
        return 0
    }

    /// Digits with thousands separators ("10,000") and one decimal point ("2.5"); an ordinal
    /// or plural suffix ("10th", "1990s") is dropped, another ("5km") is a word of its own.
    private mutating func readNumber(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var digits: [UInt8] = []
        var integer = -1
        var i = start
        while i < s.count {
            let c = s[i]
            if Self.isDigit(c) {
                digits.append(UInt8(c.value))
                i += 1
            } else if (c == "," || c == "." || c == "\u{2009}" || c == "\u{202F}"), i + 1 < s.count, Self.isDigit(s[i + 1]) {
                if c == "." {
                    guard integer < 0 else { break }
                    integer = digits.count
                }
                i += 1
            } else {
                break
            }
        }
        pieces.append(.digits(digits, integer: integer < 0 ? digits.count : integer))
        var suffix: [UInt8] = []
        var j = i
        while j < s.count, Self.isLetter(s[j]) {
            Self.appendLowered(s[j], to: &suffix)
            j += 1
        }
        if ClaimLexicon.numberSuffixes.contains(suffix) { return j }
        return i
    }

    // MARK: folding

    private mutating func fold() {
        var k = 0
        while k < pieces.count {
            switch pieces[k] {
            case .digits(let digits, let integer):
                var shift = 0
                var next = k + 1
                if next < pieces.count, case .word(let w) = pieces[next], let scale = ClaimLexicon.scales[w] {
                    shift = scale
                    next += 1
                }
                addNumber(Self.canonical(digits, integer: integer, shift: shift))
                k = next
            case .word(let word):
                if let (value, next) = numberWords(from: k) {
                    addNumber(value)
                    k = next
                    continue
                }
                addWord(word)
                k += 1
            }
        }
    }

    /// "ten thousand", "two hundred and fifty", "one million": the value and the piece after
    /// it; nil when the word starts no number. "one" alone is a pronoun more often than not,
    /// so it counts only before "hundred" or a magnitude.
    private func numberWords(from start: Int) -> (String, Int)? {
        var total = 0, current = 0, k = start, used = 0
        while k < pieces.count, case .word(let w) = pieces[k] {
            if let n = ClaimLexicon.numberWords[w] {
                current += n
            } else if w == ClaimLexicon.hundred, used > 0 {
                current = max(current, 1) * 100
            } else if let scale = ClaimLexicon.scales[w], used > 0 {
                total += max(current, 1) * Self.power(scale)
                current = 0
            } else if w == ClaimLexicon.and, used > 0, k + 1 < pieces.count, case .word(let after) = pieces[k + 1],
                      ClaimLexicon.numberWords[after] != nil {
                k += 1
                continue
            } else {
                break
            }
            used += 1
            k += 1
            if total + current > 1_000_000_000_000_000 { break }
        }
        guard used > 0 else { return nil }
        if used == 1, case .word(let w) = pieces[start], w == ClaimLexicon.one { return nil }
        return (String(total + current), k)
    }

    private mutating func addNumber(_ value: String) {
        numbers.append(value)
        tokens.append(ClaimWords.hash(number: value))
    }

    private mutating func addWord(_ word: [UInt8]) {
        defer { previous = word }
        if ClaimLexicon.negations.contains(word) || ClaimLexicon.negatedContractions.contains(word) {
            negated = true
            return
        }
        // "can't", "won't": the apostrophe split them into "can"/"won" and "t".
        if word == [0x74], let previous, previous == ClaimLexicon.can || previous == ClaimLexicon.won {
            negated = true
            return
        }
        if ClaimLexicon.stopWords.contains(word) { return }
        tokens.append(ClaimWords.hash(word: Self.stem(word)))
    }

    // MARK: helpers

    /// Drops the commonest English inflections ("deployed", "troops", "sending", "casualties"),
    /// so tense and number do not split a report; crude on purpose and the same for everyone.
    static func stem(_ w: [UInt8]) -> [UInt8] {
        let n = w.count
        func ends(_ s: String) -> Bool { w.count >= s.utf8.count && w.suffix(s.utf8.count).elementsEqual(s.utf8) }
        if n >= 5, ends("ies") { return Array(w.prefix(n - 3)) + [0x79] }
        if n >= 6, ends("ing") { return Array(w.prefix(n - 3)) }
        if n >= 5, ends("ed") { return Array(w.prefix(n - 2)) }
        if n >= 4, ends("s"), !ends("ss"), !ends("us"), !ends("is") { return Array(w.prefix(n - 1)) }
        return w
    }

    /// The canonical decimal of `digits` with the point after `integer` digits, times 10^shift.
    static func canonical(_ digits: [UInt8], integer: Int, shift: Int) -> String {
        var whole = Array(digits.prefix(integer))
        var fraction = Array(digits.dropFirst(integer))
        for _ in 0..<shift {
            whole.append(fraction.isEmpty ? 0x30 : fraction.removeFirst())
        }
        while whole.count > 1, whole.first == 0x30 { whole.removeFirst() }
        while fraction.last == 0x30 { fraction.removeLast() }
        if whole.isEmpty { whole = [0x30] }
        return String(decoding: fraction.isEmpty ? whole : whole + [0x2E] + fraction, as: UTF8.self)
    }

    static func power(_ exponent: Int) -> Int {
        var p = 1
        for _ in 0..<exponent { p *= 10 }
        return p
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    static func appendLowered(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            bytes.append(UInt8((v >= 0x41 && v <= 0x5A) ? v | 0x20 : v))
            return
        }
        let lowered = Unicode.Scalar(FeatureHash.lowered(c)) ?? c
        bytes.append(contentsOf: String(lowered).utf8)
    }
}
