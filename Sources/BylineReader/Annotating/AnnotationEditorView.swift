import BylineStore

/// Draws the annotation editor into a region of a `Buffer`, under the claim it judges:
/// a heading with the passage, the verdict row in the verdicts' colours, the note (wrapped,
/// scrolled to keep the cursor in view), the tags, and a help or prompt line.
public enum AnnotationEditorView {
    static let labelWidth = 9

    /// Rows the editor takes at `width`, with at most `maxNoteRows` rows of note.
    public static func height(_ editor: AnnotationEditor, width: Int, maxNoteRows: Int = 8) -> Int {
        4 + min(maxNoteRows, max(1, noteRows(editor.note, width: fieldWidth(width)).count))
    }

    /// Draws `editor` into the rectangle at (`x`, `y`) of `width` × `height` cells.
    public static func render(_ editor: AnnotationEditor, into buffer: inout Buffer, x: Int, y: Int, width: Int, height: Int) {
        guard width > labelWidth + 2, height >= 5 else { return }
        for row in y..<(y + height) { for col in x..<(x + width) { buffer[col, row] = Cell(" ", role: .editor) } }
        let right = x + width
        var row = y

        var cx = put("▌ ", role: .claimGutter, &buffer, x, row, right)
        cx = put(editor.annotationID == nil ? "Annotate " : "Edit (C-x deletes) ", role: .uiTitleFocused, &buffer, cx, row, right)
        _ = put(Sanitizer.clip("“" + oneLine(editor.quote) + "”", width: right - cx), role: .claim, &buffer, cx, row, right)
        row += 1

        cx = put(label("Verdict"), role: editor.focus == .verdict ? .uiTitleFocused : .uiTitle, &buffer, x, row, right)
        for v in Verdict.allCases {
            let chosen = editor.verdict == v
            cx = put(String(v.key), role: chosen ? v.styleRole : .uiControl, &buffer, cx, row, right)
            cx = put(" " + v.rawValue + "  ", role: chosen ? v.styleRole : .editor, &buffer, cx, row, right)
        }
        row += 1

        let noteArea = height - 4
        _ = put(label("Note"), role: editor.focus == .note ? .uiTitleFocused : .uiTitle, &buffer, x, row, right)
        let rows = noteRows(editor.note, width: fieldWidth(width))
        let cursorRow = rowOfCursor(editor.note.cursor, in: rows)
        let first = max(0, cursorRow - noteArea + 1)
        for (i, range) in rows.enumerated().dropFirst(first).prefix(noteArea) {
            let cursor = editor.focus == .note && i == cursorRow ? editor.note.cursor : nil
            drawField(editor.note.characters, range, cursor: cursor, &buffer, x + labelWidth, row + i - first, right)
        }
        if editor.note.characters.isEmpty && editor.focus != .note {
            _ = put("(none)", role: .textDim, &buffer, x + labelWidth, row, right)
        }
        row += noteArea

        _ = put(label("Tags"), role: editor.focus == .tags ? .uiTitleFocused : .uiTitle, &buffer, x, row, right)
        let tagChars = editor.tags.characters
        let visible = fieldWidth(width)
        let start = max(0, editor.tags.cursor - visible + 1)
        drawField(tagChars, start..<tagChars.count, cursor: editor.focus == .tags ? editor.tags.cursor : nil,
                  &buffer, x + labelWidth, row, right)
        row += 1

        let line = editor.isConfirmingDiscard ? "Discard your changes? y or Esc: discard · any other key: keep editing"
            : editor.notice ?? hint(editor)
        let role: StyleRole = editor.isConfirmingDiscard || editor.notice != nil ? .uiError : .uiHelp
        _ = put(Sanitizer.clip(line, width: width), role: role, &buffer, x, row, right)
    }

    /// The keys of the focused field, naming the field Tab goes to; at most 83 columns, the
    /// body's width on a 140-column screen, and cut with "…" on narrower ones.
    static func hint(_ editor: AnnotationEditor) -> String {
        switch editor.focus {
        case .verdict: return "Tab: note · s d f m u c: verdict · -: none · Enter: save · Esc: cancel"
        case .note: return "Tab: tags · C-o: new line · F1–F6: verdict · Enter: save · Esc: cancel"
        case .tags: return "Tab: verdict · commas or spaces between tags · Enter: save · Esc: cancel"
        }
    }

    // MARK: layout

    private static func fieldWidth(_ width: Int) -> Int { max(2, width - labelWidth - 1) }

    private static func label(_ name: String) -> String {
        name + String(repeating: " ", count: max(1, labelWidth - name.count))
    }

    /// Visual rows of a multi-line field: hard lines cut where they would pass `width` columns.
    static func noteRows(_ field: LineEditor, width: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let chars = field.characters
        for line in field.lineRanges {
            var start = line.lowerBound, columns = 0
            for i in line {
                let w = max(1, CharacterWidth.of(chars[i]))
                if columns + w > width {
                    out.append(start..<i)
                    start = i
                    columns = 0
                }
                columns += w
            }
            out.append(start..<line.upperBound)
        }
        return out
    }

    /// The row holding the cursor; at a soft wrap the cursor belongs to the row that follows.
    static func rowOfCursor(_ cursor: Int, in rows: [Range<Int>]) -> Int {
        var found = 0
        for (i, r) in rows.enumerated() where r.lowerBound <= cursor && cursor <= r.upperBound {
            found = i
            if cursor < r.upperBound { break }
        }
        return found
    }

    private static func drawField(_ chars: [Character], _ range: Range<Int>, cursor: Int?, _ buffer: inout Buffer,
                                  _ x: Int, _ y: Int, _ right: Int) {
        var cx = x
        for i in range {
            let c = chars[i]
            let w = CharacterWidth.of(c)
            guard cx + max(1, w) <= right else { break }
            let role: StyleRole = i == cursor ? .editorCursor : .editor
            if w == 0 {
                buffer[cx, y] = Cell(" ", role: role)
                cx += 1
                continue
            }
            buffer[cx, y] = Cell(String(c), width: UInt8(w), role: role)
            if w == 2 { buffer[cx + 1, y] = Cell("", width: 0, role: role) }
            cx += w
        }
        if let cursor, cursor == range.upperBound, cx < right { buffer[cx, y] = Cell(" ", role: .editorCursor) }
    }

    @discardableResult
    private static func put(_ text: String, role: StyleRole, _ buffer: inout Buffer, _ x: Int, _ y: Int, _ right: Int) -> Int {
        var cx = x
        for c in text {
            let w = CharacterWidth.of(c)
            guard w > 0 else { continue }
            guard cx + w <= right else { return right }
            buffer[cx, y] = Cell(String(c), width: UInt8(w), role: role)
            if w == 2 { buffer[cx + 1, y] = Cell("", width: 0, role: role) }
            cx += w
        }
        return cx
    }

    private static func oneLine(_ s: String) -> String {
        String(LineEditor.clean(s, multiline: false))
    }
}
