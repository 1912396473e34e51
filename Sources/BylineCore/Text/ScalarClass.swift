/// Character classes the tokenizer and the stages need, with ASCII fast paths: the hot loops
/// run over scalars and must not pay for Unicode property look-ups on plain English text.
public enum ScalarClass {
    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType == .decimal
    }

    @inline(__always)
    public static func isAlnum(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    @inline(__always)
    public static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    public static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// Spaces of every kind, including no-break and the typographic ones newsrooms paste in.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    public static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Apostrophes: the straight one and the typographic right single quote.
    @inline(__always)
    public static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    @inline(__always)
    public static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// Quotation marks of every common style, double and single.
    @inline(__always)
    public static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
             0x2039, 0x203A, 0x300C, 0x300D:
            return true
        default:
            return false
        }
    }

    /// Marks that can only open a quotation.
    @inline(__always)
    public static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x2018, 0x201E, 0x201A, 0xAB, 0x2039, 0x300C, 0x201F, 0x201B: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isSentenceTerminator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{2026}" || s == "\u{203C}" || s == "\u{2047}"
    }
}
