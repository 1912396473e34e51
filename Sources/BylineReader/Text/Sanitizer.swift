import BylineCore

/// The one gate between text and the screen. Every string the reader draws (article text,
/// names, titles, search queries, file paths) is classified here scalar by scalar, so escape
/// sequences, bidi overrides and zero-width tricks in an article cannot reach the terminal,
/// while the model keeps the raw text and its scalar offsets.
public enum Sanitizer {
    /// Combining marks kept per cell; the rest are dropped so "zalgo" text stays bounded.
    public static let maxMarksPerCell = Glyph.maxMarksPerBase
    /// The base a combining mark is drawn on when nothing precedes it.
    public static let orphanBase: Unicode.Scalar = "\u{25CC}"

    /// How `scalar` is shown: the rule lives in the core (`Glyph.of`) so printed reports
    /// make text harmless exactly as the screen does.
    @inline(__always)
    public static func glyph(_ scalar: Unicode.Scalar) -> Glyph { Glyph.of(scalar) }

    /// The columns `text` takes on one line starting at column `column`.
    public static func width(of text: String, from column: Int = 0) -> Int {
        var col = column
        for s in text.unicodeScalars { col += glyph(s).width(at: col) }
        return col - column
    }

    /// `text` shortened to at most `width` columns, ending in "…" when it was cut. One pass that
    /// stops at the cut, so a long quote costs only what is shown.
    public static func clip(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        var col = 0
        var keep = text.unicodeScalars.startIndex
        var i = keep
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            col += glyph(scalars[i]).width(at: col)
            if col > width {
                var out = String(scalars[scalars.startIndex..<keep])
                out.append("…")
                return out
            }
            i = scalars.index(after: i)
            if col <= width - 1 { keep = i }
        }
        return text
    }

    /// The end of `text` in at most `width` columns, starting with "…" when it was cut: for a
    /// field being typed into, whose end is where the cursor is. Widths as at column 0.
    public static func clip(ending text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let scalars = text.unicodeScalars
        var col = 0
        var keep = scalars.endIndex
        var i = scalars.endIndex
        while i > scalars.startIndex {
            let before = scalars.index(before: i)
            let g = glyph(scalars[before])
            col += g.width(at: 0)
            if col > width { return "…" + String(scalars[keep...]) }
            i = before
            // A cut never leaves a combining mark without its base.
            if case .mark = g { continue }
            if col <= width - 1 { keep = i }
        }
        return text
    }

    /// `text` as screen cells on one line, starting at column `column`, in `role`; controls are
    /// drawn in `StyleRole.uiControl` so a reader can see something was there.
    public static func cells(_ text: String, role: StyleRole = .text, from column: Int = 0) -> [Cell] {
        var row = CellRow(column: column)
        for s in text.unicodeScalars { row.append(s, role: role) }
        return row.cells
    }
}

/// Builds a row of cells from scalars through `Sanitizer.glyph`: marks join the cell before
/// them, wide characters get a continuation cell, tabs become spaces to the next stop.
struct CellRow {
    /// One-character strings for ASCII, made once: most cells of an English article.
    static let ascii: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    private(set) var cells: [Cell] = []
    private var column: Int
    private var marksInLast = 0

    init(column: Int = 0) {
        self.column = column
        cells.reserveCapacity(64)
    }

    var width: Int { cells.count }

    @inline(__always)
    mutating func append(_ s: Unicode.Scalar, role: StyleRole) {
        let g = Sanitizer.glyph(s)
        switch g {
        case .char(let w):
            let text = s.value < 0x80 ? CellRow.ascii[Int(s.value)] : String(Character(s))
            cells.append(Cell(text, width: UInt8(w), role: role))
            if w == 2 { cells.append(.continuation) }
            column += w
            marksInLast = 0
        case .space:
            cells.append(Cell(" ", role: role))
            column += 1
            marksInLast = 0
        case .tab:
            let n = g.width(at: column)
            for _ in 0..<n { cells.append(Cell(" ", role: role)) }
            column += n
            marksInLast = 0
        case .control(let picture):
            cells.append(Cell(String(Character(picture)), role: .uiControl))
            column += 1
            marksInLast = 0
        case .hidden:
            break
        case .mark:
            guard let last = lastBaseIndex, cells[last].text != " " else {
                var base = String(Character(Sanitizer.orphanBase))
                base.unicodeScalars.append(s)
                cells.append(Cell(base, role: role))
                column += 1
                marksInLast = 1
                return
            }
            if marksInLast < Sanitizer.maxMarksPerCell {
                cells[last].text.unicodeScalars.append(s)
                marksInLast += 1
            }
        }
    }

    private var lastBaseIndex: Int? {
        var i = cells.count - 1
        while i >= 0 && cells[i].width == 0 { i -= 1 }
        return i >= 0 && cells[i].role != .uiControl ? i : nil
    }
}
