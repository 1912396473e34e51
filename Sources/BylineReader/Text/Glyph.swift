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
    @inline(__always)
    public func width(at column: Int) -> Int {
        switch self {
        case .char(let w): return w
        case .mark, .hidden: return 0
        case .control, .space: return 1
        case .tab: return Sanitizer.tabWidth - column % Sanitizer.tabWidth
        }
    }
}
