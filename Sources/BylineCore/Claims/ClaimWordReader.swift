/// The scanner behind `ClaimWords`, built for speed since it runs on every claim of every
/// article: one pass over the Unicode scalars writes lowercased words as UTF-8 bytes into one
/// reusable buffer and hashes them as it goes; word lists are looked up by hash; only numbers
/// build a string. Then number words and magnitudes fold into values, and stop words,
/// negation and stemming apply.
struct ClaimWordReader {
    private struct Piece {
        var isNumber: Bool
        /// Bytes of the lowercased word, or the number's digits, in `bytes`.
        var start: Int
        var end: Int
        /// For a word, the hash of its bytes; for a number, how many digits precede the point.
        var value: UInt64
    }

    var tokens: [UInt64] = []
    var numbers: [String] = []
    var negated = false
    private var pieces: [Piece] = []
    private var bytes: [UInt8] = []
    private var previousWord: UInt64 = 0

    mutating func read(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        bytes.reserveCapacity(scalars.count + 8)
        pieces.reserveCapacity(scalars.count / 4)
        split(scalars)
        fold()
    }

    // MARK: pieces

    private mutating func split(_ s: [Unicode.Scalar]) {
        var i = Self.datelineEnd(s)
        while i < s.count {
            let c = s[i]
            if Self.isDigit(c) {
                i = readNumber(s, from: i)
            } else if Self.isLetter(c) {
                let start = bytes.count
                var h = FeatureHash.offset
                while i < s.count, Self.isLetter(s[i]) || Self.isDigit(s[i]) {
                    let before = bytes.count
                    Self.appendLowered(s[i], to: &bytes)
                    for k in before..<bytes.count { h = FeatureHash.step(h, UInt32(bytes[k])) }
                    i += 1
                }
                pieces.append(Piece(isNumber: false, start: start, end: bytes.count, value: h))
            } else {
                if c == "%" {
                    let start = bytes.count
                    bytes.append(contentsOf: "percent".utf8)
                    pieces.append(Piece(isNumber: false, start: start, end: bytes.count, value: ClaimLexicon.percent))
                }
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
            if isLetter(c) {
                if capitals > 0 && longestCapitals < 3 { longestCapitals = 0 }
                capitals = 0
                continue
            }
            capitals = 0
            if c == ")" { closed = true }
            if c == "-" || c == "\u{2014}" || c == "\u{2013}", i > 0, s[i - 1] == " ", i + 1 < s.count, s[i + 1] == " " {
                return longestCapitals >= 3 || closed ? i + 1 : 0
            }
        }
        return 0
    }

    /// Digits with thousands separators ("10,000") and one decimal point ("2.5"); an ordinal
    /// or plural suffix ("10th", "1990s") is dropped, another ("5km") is a word of its own.
    private mutating func readNumber(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let first = bytes.count
        var integer = -1
        var i = start
        while i < s.count {
            let c = s[i]
            if Self.isDigit(c) {
                bytes.append(UInt8(c.value))
                i += 1
            } else if c == "," || c == "." || c == "\u{2009}" || c == "\u{202F}", i + 1 < s.count, Self.isDigit(s[i + 1]) {
                if c == "." {
                    guard integer < 0 else { break }
                    integer = bytes.count - first
                }
                i += 1
            } else {
                break
            }
        }
        pieces.append(Piece(isNumber: true, start: first, end: bytes.count, value: UInt64(integer < 0 ? bytes.count - first : integer)))
        var j = i
        var h = FeatureHash.offset
        while j < s.count, s[j].value < 0x80, Self.isLetter(s[j]) {
            h = FeatureHash.step(h, s[j].value | 0x20)
            j += 1
        }
        return j > i && ClaimLexicon.numberSuffixes.contains(h) ? j : i
    }

    // MARK: folding

    private mutating func fold() {
        var k = 0
        while k < pieces.count {
            let piece = pieces[k]
            if piece.isNumber {
                var shift = 0
                var next = k + 1
                if next < pieces.count, !pieces[next].isNumber, let scale = ClaimLexicon.scales[pieces[next].value] {
                    shift = Int(scale)
                    next += 1
                }
                addNumber(Self.canonical(bytes[piece.start..<piece.end], integer: Int(piece.value), shift: shift))
                k = next
                continue
            }
            if let (value, next) = numberWords(from: k) {
                addNumber(value)
                k = next
                continue
            }
            addWord(piece)
            k += 1
        }
    }

    /// "ten thousand", "two hundred and fifty", "one million": the value and the piece after
    /// it; nil when the word starts no number. "one" alone is a pronoun more often than not,
    /// so it counts only before "hundred" or a magnitude.
    private func numberWords(from start: Int) -> (String, Int)? {
        guard ClaimLexicon.numberWords[pieces[start].value] != nil else { return nil }
        var total = 0, current = 0, k = start, used = 0
        while k < pieces.count, !pieces[k].isNumber {
            let w = pieces[k].value
            if let n = ClaimLexicon.numberWords[w] {
                current += Int(n)
            } else if w == ClaimLexicon.hundred {
                current = max(current, 1) * 100
            } else if let scale = ClaimLexicon.scales[w] {
                total += max(current, 1) * Self.power(Int(scale))
                current = 0
            } else if w == ClaimLexicon.and, k + 1 < pieces.count, !pieces[k + 1].isNumber, ClaimLexicon.numberWords[pieces[k + 1].value] != nil {
                k += 1
                continue
            } else {
                break
            }
            used += 1
            k += 1
            if total + current > 1_000_000_000_000_000 { break }
        }
        if used == 1, pieces[start].value == ClaimLexicon.one { return nil }
        return (String(total + current), k)
    }

    private mutating func addNumber(_ value: String) {
        numbers.append(value)
        tokens.append(ClaimWords.hash(number: value))
    }

    private mutating func addWord(_ piece: Piece) {
        let w = piece.value
        defer { previousWord = w }
        if ClaimLexicon.negations.contains(w) {
            negated = true
            return
        }
        // "can't", "won't": the apostrophe split them into "can"/"won" and "t".
        if w == ClaimLexicon.t, previousWord == ClaimLexicon.can || previousWord == ClaimLexicon.won {
            negated = true
            return
        }
        if ClaimLexicon.stopWords.contains(w) { return }
        tokens.append(FeatureHash.mix(Self.stemmedHash(bytes[piece.start..<piece.end])))
    }

    // MARK: helpers

    /// The hash of a word after dropping the commonest English inflections ("deployed",
    /// "troops", "sending", "casualties"), so tense and number do not split a report; crude
    /// on purpose and the same for everyone.
    static func stemmedHash(_ w: ArraySlice<UInt8>) -> UInt64 {
        let n = w.count, e = w.endIndex
        func at(_ back: Int) -> UInt8 { w[e - back] }
        var keep = n
        var tail: UInt8?
        if n >= 5, at(3) == 0x69, at(2) == 0x65, at(1) == 0x73 {                    // -ies → -y
            keep = n - 3
            tail = 0x79
        } else if n >= 6, at(3) == 0x69, at(2) == 0x6E, at(1) == 0x67 {             // -ing
            keep = n - 3
        } else if n >= 5, at(2) == 0x65, at(1) == 0x64 {                            // -ed
            keep = n - 2
        } else if n >= 4, at(1) == 0x73, at(2) != 0x73, at(2) != 0x75, at(2) != 0x69 {  // -s, not -ss -us -is
            keep = n - 1
        }
        var h = FeatureHash.offset
        var i = w.startIndex
        while i < w.startIndex + keep {
            h = FeatureHash.step(h, UInt32(w[i]))
            i += 1
        }
        if let tail { h = FeatureHash.step(h, UInt32(tail)) }
        return h
    }

    /// The canonical decimal of `digits` with the point after `integer` digits, times 10^shift.
    static func canonical(_ digits: ArraySlice<UInt8>, integer: Int, shift: Int) -> String {
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
