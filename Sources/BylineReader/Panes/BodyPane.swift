import BylineCore

/// Draws the visible lines of the body: text by scalar offsets through the sanitiser, entities
/// in their type's role, quotes in their speaker's tint, claims in the gutter, the mark and
/// search matches on top. Only visible lines are touched, so a scroll costs the same on a
/// 5 MB article as on a short one.
enum BodyPane {
    static func render(_ state: ReaderState, _ a: ArticleState, layout: ScreenLayout, into buffer: inout Buffer) {
        guard let pane = layout.panes[.body], let text = layout.bodyText, let title = layout.titles[.body] else { return }
        if layout.tabBar == nil || layout.kind == .tabbed {
            let label = " 1 \(Pane.body.title) · \(a.title) "
            PaneChrome.title(label, rect: title, focused: state.focus == .body, into: &buffer)
        }
        let body = a.text.layout(width: text.width)
        let maxTop = max(0, body.count - text.height)
        let top = min(body.line(containing: a.top), maxTop)
        let scalars = a.text.scalars
        for row in 0..<pane.height {
            let n = top + row
            guard n < body.count else { break }
            let range = body.range(n)
            let roles = lineRoles(state, a, range, scalars)
            drawGutter(a, range, x: pane.x, y: pane.y + row, into: &buffer)
            var cells = CellRow()
            for (k, i) in range.enumerated() { cells.append(scalars[i], role: roles[k]) }
            buffer.put(cells.cells, x: text.x, y: pane.y + row, maxWidth: text.width)
        }
    }

    /// The role of each scalar of one line, layered: base, quote tint, cue, entities, speaker,
    /// search matches, the mark.
    static func lineRoles(_ state: ReaderState, _ a: ArticleState, _ range: Range<Int>, _ scalars: ScalarStorage) -> [StyleRole] {
        let filter = a.speakerFilter
        var roles = [StyleRole](repeating: filter == nil ? .text : .textDim, count: range.count)
        guard !range.isEmpty else { return roles }
        func paint(_ r: Range<Int>, _ role: StyleRole) {
            let lo = max(r.lowerBound, range.lowerBound) - range.lowerBound
            let hi = min(r.upperBound, range.upperBound) - range.lowerBound
            if lo < hi { for k in lo..<hi { roles[k] = role } }
        }
        var bright: [Range<Int>] = []
        if let index = a.index {
            index.quoteRuns.forEach(overlapping: range) { e in
                let mine = filter == nil || index.speakerKeys[e.payload] == filter
                if mine {
                    paint(e.range, index.tint(ofQuote: e.payload))
                    bright.append(e.range)
                }
            }
            index.cueRuns.forEach(overlapping: range) { e in
                if filter == nil || index.speakerKeys[e.payload] == filter { paint(e.range, .quoteCue) }
            }
            var speakers: [Range<Int>] = []
            index.speakerRuns.forEach(overlapping: range) { e in
                if filter == nil || index.speakerKeys[e.payload] == filter { speakers.append(e.range) }
            }
            index.entityRuns.forEach(overlapping: range) { e in
                if filter == nil || bright.contains(where: { $0.overlaps(e.range) }) { paint(e.range, e.payload) }
            }
            for r in speakers { paint(r, .quoteSpeaker) }
        }
        if !state.search.query.isEmpty {
            let window = max(range.lowerBound - state.search.query.unicodeScalars.count, 0)..<range.upperBound
            for m in TextSearch.matches(state.search.query, in: scalars, startingIn: window) { paint(m, .uiSearch) }
        }
        if let m = a.mark { paint(m.range, .uiSelection) }
        if let e = state.editorSession, e.article == state.current { paint(e.range, .uiSelection) }
        if let m = state.search.match { paint(m, .uiSelection) }
        return roles
    }

    /// The claim mark left of a line: the verdict's badge once annotated, else a bar.
    private static func drawGutter(_ a: ArticleState, _ range: Range<Int>, x: Int, y: Int, into buffer: inout Buffer) {
        guard !range.isEmpty else { return }
        if let placed = a.placements.first(where: { $0.range.overlaps(range) }) {
            if let verdict = placed.annotation.verdict {
                buffer.write(verdict.gutterMark, x: x, y: y, maxWidth: 1, role: verdict.styleRole)
            } else {
                buffer.write("✎", x: x, y: y, maxWidth: 1, role: .claim)
            }
            return
        }
        guard let index = a.index else { return }
        var first: Int?
        index.claimRuns.forEach(overlapping: range) { e in if first == nil { first = e.payload } }
        guard let c = first else { return }
        if let verdict = a.annotation(ofClaim: c)?.verdict {
            buffer.write(verdict.gutterMark, x: x, y: y, maxWidth: 1, role: verdict.styleRole)
        } else {
            buffer.write("▎", x: x, y: y, maxWidth: 1, role: .claimGutter)
        }
    }

    /// The scalar offset drawn at `column` of a line, for mouse clicks.
    static func offset(inLine range: Range<Int>, column: Int, text: ScalarStorage) -> Int? {
        guard column >= 0 else { return nil }
        var col = 0
        for i in range {
            let w = Sanitizer.glyph(text[i]).width(at: col)
            if w > 0 && column < col + w { return i }
            col += w
        }
        return nil
    }
}
