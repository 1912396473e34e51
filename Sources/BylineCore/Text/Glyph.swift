/// What one Unicode scalar becomes on screen. Article text is hostile input: a scalar either
/// draws as a character of known width, joins the previous cell, vanishes, or is shown as a
/// harmless picture, so nothing in an article can drive the terminal.
public enum Glyph: Equatable, Sendable {
    /// A visible character that starts a cell, one or two columns wide.
    case char(width: Int)
    /// A zero-width combining scalar that belongs to the preceding cell.
    case mark
    /// Dropped: bidi controls, zero-width spaces and joiners, soft hyphens, BOMs, other format characters.
    case hidden
    /// A control character, shown as this visible stand-in one column wide.
    case control(Unicode.Scalar)
    /// A horizontal tab, expanded to the next tab stop.
    case tab
    /// Any line or paragraph separator: inside a wrapped paragraph it is a space.
    case space

    /// Columns this glyph takes at column `column` (tabs depend on where they fall).
    @inlinable
    public func width(at column: Int) -> Int {
        switch self {
        case .char(let w): return w
        case .mark, .hidden: return 0
        case .control, .space: return 1
        case .tab: return Glyph.tabWidth - column % Glyph.tabWidth
        }
    }

    /// Columns between tab stops.
    public static let tabWidth = 8
    /// Combining marks kept on one base; the rest are dropped so "zalgo" text stays bounded.
    public static let maxMarksPerBase = 4

    /// How `scalar` is shown. The rule every human-readable output shares.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Glyph {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return .char(width: 1) }
        if v < 0x20 {
            switch v {
            case 0x09: return .tab
            case 0x0A, 0x0B, 0x0C, 0x0D: return .space
            default: return .control(Unicode.Scalar(0x2400 + v)!)
            }
        }
        if v == 0x7F { return .control("\u{2421}") }
        if v < 0xA0 { return v == 0x85 ? .space : .control("\u{FFFD}") }
        return nonASCII(scalar)
    }

    @usableFromInline
    static func nonASCII(_ scalar: Unicode.Scalar) -> Glyph {
        let v = scalar.value
        switch v {
        case 0x1160...0x11FF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0100...0xE01EF:
            return .mark
        case 0xAD, 0x034F, 0x061C, 0x115F, 0x180B...0x180F, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE00FF:
            return .hidden
        case 0x2028, 0x2029:
            return .space
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E:
            // Latin letters, typographic quotes, dashes and ellipses: the common non-ASCII of
            // news text, answered without a Unicode property look-up.
            return .char(width: 1)
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return .mark
        case .format, .surrogate:
            return .hidden
        case .control:
            return .control("\u{FFFD}")
        case .lineSeparator, .paragraphSeparator:
            return .space
        default:
            return .char(width: DisplayWidth.isWide(v) ? 2 : 1)
        }
    }
}
