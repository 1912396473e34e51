/// Editable text with a cursor, moving by grapheme cluster so an accented letter or an emoji
/// is one step, with the readline keys people expect (Ctrl-A/E/K/U/W/Y). Multi-line when
/// `multiline` is set: then Ctrl-A/E/K/U act on the cursor's line and up/down move between lines.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters`: the cursor stands before this character.
    public private(set) var cursor: Int
    public let multiline: Bool
    /// The last text cut by Ctrl-K/U/W, put back by Ctrl-Y.
    public private(set) var killed: String = ""

    public init(_ text: String = "", multiline: Bool = false) {
        self.multiline = multiline
        self.characters = Array(Self.clean(text, multiline: multiline))
        self.cursor = characters.count
    }

    public var text: String { String(characters) }

    // MARK: typing

    /// Inserts typed or pasted text at the cursor, cleaned of control characters (and of line
    /// breaks, when single-line).
    public mutating func insert(_ text: String) {
        let cleaned = Array(Self.clean(text, multiline: multiline))
        characters.insert(contentsOf: cleaned, at: cursor)
        cursor += cleaned.count
    }

    public mutating func insertNewline() {
        guard multiline else { return }
        characters.insert("\n", at: cursor)
        cursor += 1
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    // MARK: moving

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToLineStart() { cursor = lineStart(cursor) }
    public mutating func moveToLineEnd() { cursor = lineEnd(cursor) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// Moves to the line above, keeping the column where it can; false on the first line.
    public mutating func moveUp() -> Bool {
        let start = lineStart(cursor)
        guard start > 0 else { return false }
        let column = cursor - start
        let above = lineStart(start - 1)
        cursor = min(above + column, start - 1)
        return true
    }

    /// Moves to the line below, keeping the column where it can; false on the last line.
    public mutating func moveDown() -> Bool {
        let end = lineEnd(cursor)
        guard end < characters.count else { return false }
        let column = cursor - lineStart(cursor)
        let below = end + 1
        cursor = min(below + column, lineEnd(below))
        return true
    }

    // MARK: killing

    /// Ctrl-K: cuts to the end of the line; at the end of a line, joins the next one.
    public mutating func killToLineEnd() {
        let end = lineEnd(cursor)
        if end == cursor, cursor < characters.count {
            killed = "\n"
            characters.remove(at: cursor)
            return
        }
        killed = String(characters[cursor..<end])
        characters.removeSubrange(cursor..<end)
    }

    /// Ctrl-U: cuts from the start of the line to the cursor.
    public mutating func killToLineStart() {
        let start = lineStart(cursor)
        killed = String(characters[start..<cursor])
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-W: cuts the word before the cursor and the spaces after it.
    public mutating func killWordBefore() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace, characters[start - 1] != "\n" { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        if start == cursor, start > 0 { start -= 1 }
        killed = String(characters[start..<cursor])
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-Y: puts back the last cut text.
    public mutating func yank() { insert(killed) }

    // MARK: lines

    /// The cursor's line (0-based) and column in characters.
    public var cursorLineAndColumn: (line: Int, column: Int) {
        var line = 0
        for i in 0..<cursor where characters[i] == "\n" { line += 1 }
        return (line, cursor - lineStart(cursor))
    }

    /// Each hard line as a range of `characters`, newline excluded.
    public var lineRanges: [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (i, c) in characters.enumerated() where c == "\n" {
            out.append(start..<i)
            start = i + 1
        }
        out.append(start..<characters.count)
        return out
    }

    private func lineStart(_ i: Int) -> Int {
        var s = i
        while s > 0, characters[s - 1] != "\n" { s -= 1 }
        return s
    }

    private func lineEnd(_ i: Int) -> Int {
        var e = i
        while e < characters.count, characters[e] != "\n" { e += 1 }
        return e
    }

    /// Line breaks normalised to "\n" (or to spaces when single-line), tabs to a space, other
    /// control characters (C0, DEL, C1) dropped so nothing typed or pasted can drive the terminal.
    static func clean(_ text: String, multiline: Bool) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s.value {
            case 0x0A:
                if previousCR { continue }
                out.append(multiline ? "\n" : " ")
            case 0x0D:
                out.append(multiline ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                out.append(s)
            }
        }
        return String(out)
    }
}
