/// Input as the reader sees it, decoded by the terminal layer from ncurses: the reader's keymap
/// turns these into actions, so the reader can be driven by tests without a terminal.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, any Unicode scalar).
    case char(Unicode.Scalar)
    /// Ctrl plus a letter, as the lowercase letter: Ctrl-D is `.ctrl("d")`.
    case ctrl(Unicode.Scalar)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
    /// Text pasted in one piece (bracketed paste).
    case paste(String)
}

/// A mouse event in screen cells.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
