import BylineStore

/// Draws the annotation editor into a region of a `Buffer`, under the claim it judges:
/// a heading with the passage, the verdict choices on two rows in the verdicts' colours, the
/// note (wrapped, scrolled to keep the cursor in view), the tags, and a help or prompt line.
/// Every row that does not fit is cut with "…", so nothing disappears without a sign.
public enum AnnotationEditorView {
    static let labelWidth = 9

    /// The verdict choices by row, nil for "none": two rows, so that every choice shows whole
    /// in the 83 columns of the body on a 140-column screen, and on an 80-column one.
    static let verdictRows: [[Verdict?]] = [[.supported, .disputed, .false, .misleading], [.unverifiable, .needsContext, nil]]

    /// Rows around the note: the heading, the verdict rows, the tags and the help line.
    static let fixedRows = 3 + verdictRows.count
    /// The fewest rows the editor is drawn in: one row of note.
    public static let minHeight = fixedRows + 1

    /// Rows the editor takes at `width`, with at most `maxNoteRows` rows of note.
    public static func height(_ editor: AnnotationEditor, width: Int, maxNoteRows: Int = 8) -> Int {
        fixedRows + min(maxNoteRows, max(1, noteRows(editor.note, width: fieldWidth(width)).count))
    }

    /// Draws `editor` into the rectangle at (`x`, `y`) of `width` × `height` cells.
    public static func render(_ editor: AnnotationEditor, into buffer: inout Buffer, x: Int, y: Int, width: Int, height: Int) {
        guard width > labelWidth + 2, height >= minHeight else { return }
        for row in y..<(y + height) { for col in x..<(x + width) { buffer[col, row] = Cell(" ", role: .editor) } }
        let right = x + width
        var row = y

        var cx = put("▌ ", role: .claimGutter, &buffer, x, row, right)
        cx = put(editor.annotationID == nil ? "Annotate " : "Edit (C-x deletes) ", role: .uiTitleFocused, &buffer, cx, row, right)
        _ = put(Sanitizer.clip("“" + oneLine(editor.quote) + "”", width: right - cx), role: .claim, &buffer, cx, row, right)
        row += 1

        for (n, choices) in verdictRows.enumerated() {
            cx = put(label(n == 0 ? "Verdict" : ""), role: editor.focus == .verdict ? .uiTitleFocused : .uiTitle, &buffer, x, row, right)
            putClipped(verdictChoices(choices, chosen: editor.verdict), &buffer, cx, row, right)
            row += 1
        }

        let noteArea = height - fixedRows
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
        drawLine(editor.tags, focused: editor.focus == .tags, &buffer, x + labelWidth, row, right)
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

    /// One row of verdict choices, "s supported  d disputed…": the key in the control colour,
    /// the chosen one (or "none" when there is no verdict) in its own colour.
    static func verdictChoices(_ choices: [Verdict?], chosen: Verdict?) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        for (n, v) in choices.enumerated() {
            let isChosen = v == chosen
            let role = isChosen ? v?.styleRole ?? .uiSelection : .editor
            if n > 0 { out.append(("  ", .editor)) }
            out.append((v.map { String($0.key) } ?? "-", isChosen ? role : .uiControl))
            out.append((" " + (v?.rawValue ?? "none"), role))
        }
        return out
    }

    private static func fieldWidth(_ width: Int) -> Int { max(2, width - labelWidth - 1) }

    private static func label(_ name: String) -> String {
        name + String(repeating: " ", count: max(1, labelWidth - name.count))
    }

    /// Visual rows of a multi-line field: hard lines wrapped after the last space that keeps a
    /// row within `width` columns, or cut there when a word alone is wider.
    static func noteRows(_ field: LineEditor, width: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let chars = field.characters
        func columns(_ i: Int) -> Int { max(1, CharacterWidth.of(chars[i])) }
        for line in field.lineRanges {
            var start = line.lowerBound, used = 0
            for i in line {
                if used + columns(i) > width {
                    let space = (start..<i).last { chars[$0] == " " }
                    let end = space.map { $0 + 1 } ?? i
                    out.append(start..<end)
                    start = end
                    used = (start..<i).reduce(0) { $0 + columns($1) }
                }
                used += columns(i)
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

    /// Draws a one-line field from its start, or scrolled so that the cursor shows when it has
    /// the focus; a side with more text than shows ends in "…".
    private static func drawLine(_ field: LineEditor, focused: Bool, _ buffer: inout Buffer, _ x: Int, _ y: Int, _ right: Int) {
        let chars = field.characters
        let room = right - x
        guard room > 2 else { return }
        func columns(_ i: Int) -> Int { max(1, CharacterWidth.of(chars[i])) }
        var start = 0
        if focused {
            // Back from the cursor cell, keeping a column for a "…" on the left, and on the
            // right when text follows the cursor.
            start = field.cursor
            var used = field.cursor < chars.count ? 3 : 2
            while start > 0 && used + columns(start - 1) <= room {
                start -= 1
                used += columns(start)
            }
        }
        var left = x
        if start > 0 {
            _ = put("…", role: .textDim, &buffer, x, y, right)
            left += 1
        }
        let endCell = focused && field.cursor == chars.count ? 1 : 0
        var end = start
        var used = 0
        while end < chars.count && used + columns(end) <= right - left {
            used += columns(end)
            end += 1
        }
        var limit = right
        if end < chars.count || used + endCell > right - left {
            limit = right - 1
            while end > start && used > limit - left {
                end -= 1
                used -= columns(end)
            }
            _ = put("…", role: .textDim, &buffer, limit, y, right)
        }
        drawField(chars, start..<end, cursor: focused ? field.cursor : nil, &buffer, left, y, limit)
    }

    /// Draws `segments` from `x`, ending in "…" at `right` when they do not all fit.
    private static func putClipped(_ segments: [(String, StyleRole)], _ buffer: inout Buffer, _ x: Int, _ y: Int, _ right: Int) {
        let total = segments.reduce(0) { sum, s in s.0.reduce(sum) { $0 + CharacterWidth.of($1) } }
        guard x + total > right else {
            var cx = x
            for (text, role) in segments { cx = put(text, role: role, &buffer, cx, y, right) }
            return
        }
        guard right - x >= 1 else { return }
        var cx = x
        for (text, role) in segments {
            cx = put(text, role: role, &buffer, cx, y, right - 1)
            if cx >= right - 1 { break }
        }
        _ = put("…", role: .editor, &buffer, cx, y, right)
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
