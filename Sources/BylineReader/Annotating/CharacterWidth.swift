/// Terminal columns a grapheme cluster takes in the editor: the reader's own measure
/// (`Sanitizer`), so the editor and the panes never disagree; control characters, which the
/// editor never keeps, count as zero.
enum CharacterWidth {
    static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 0 }
        var col = 0
        for s in c.unicodeScalars { col += Sanitizer.glyph(s).width(at: col) }
        return min(2, col)
    }
}
