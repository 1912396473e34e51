/// Draws a side pane's visible rows: entities, quotes, sources or claims. Row text is built
/// only for rows on screen; the selected row is highlighted (fully when the pane has focus).
enum SidePane {
    /// Selectable rows per side pane, for titles and tab labels; nil before analysis.
    static func counts(_ a: ArticleState?) -> [Pane: Int] {
        a?.index?.counts ?? [:]
    }

    static func render(_ pane: Pane, _ state: ReaderState, _ a: ArticleState, rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        guard let index = a.index else {
            buffer.write(" analysing…", x: rect.x, y: rect.y, maxWidth: rect.width, role: .textDim)
            return
        }
        let rows = a.rows(pane)
        if rows.isEmpty {
            buffer.write(" none found", x: rect.x, y: rect.y, maxWidth: rect.width, role: .textDim)
            return
        }
        let cursor = a.cursor(pane)
        let scroll = max(0, min(cursor.scroll, rows.count - 1))
        let focused = state.focus == pane
        for r in 0..<rect.height {
            let n = scroll + r
            guard n < rows.count else { break }
            let y = rect.y + r
            var cells = CellRow()
            let selected = n == cursor.selected
            append(selected && !focused ? "›" : " ", .uiBorder, to: &cells)
            rowCells(rows[n], pane, a, index, width: rect.width - 1, into: &cells)
            var drawn = cells.cells
            if selected && focused {
                for k in drawn.indices { drawn[k].role = .uiSelection }
                buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .uiSelection)
            }
            buffer.put(drawn, x: rect.x, y: y, maxWidth: rect.width)
        }
    }

    private static func append(_ text: String, _ role: StyleRole, to cells: inout CellRow) {
        for s in text.unicodeScalars { cells.append(s, role: role) }
    }

    /// A 0–1 score with two decimals ("0.81"), without Foundation's formatter on the draw path.
    static func score(_ x: Double) -> String {
        let hundredths = Int((min(max(x, 0), 9.99) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func rowCells(_ row: PaneRow, _ pane: Pane, _ a: ArticleState, _ index: AnalysisIndex, width: Int,
                                 into cells: inout CellRow) {
        let analysis = index.analysis
        switch row {
        case .header(let title):
            append(Sanitizer.clip(title, width: width), .uiTitle, to: &cells)
        case .entity(let e):
            let entity = analysis.entities[e]
            let count = "×\(entity.mentions.count)"
            let nameWidth = max(1, width - 2 - count.count - 1)
            let name = Sanitizer.clip(entity.name, width: nameWidth)
            append("  ", .text, to: &cells)
            append(name, AnalysisIndex.role(for: entity.type), to: &cells)
            let pad = max(1, width - 2 - Sanitizer.width(of: name) - count.count)
            append(String(repeating: " ", count: pad), .text, to: &cells)
            append(count, .textDim, to: &cells)
        case .quote(let q):
            let dim = a.speakerFilter != nil && index.speakerKeys[q] != a.speakerFilter
            if !a.quotesGroupedBySpeaker {
                append(Sanitizer.clip(index.speakerName(ofQuote: q), width: max(8, width / 3)),
                       dim ? .textDim : index.tint(ofQuote: q), to: &cells)
                append(": ", dim ? .textDim : .text, to: &cells)
            } else {
                append("  ", .text, to: &cells)
            }
            append(Sanitizer.clip(analysis.quotes[q].content.text, width: width + 1 - cells.width),
                   dim ? .textDim : .text, to: &cells)
        case .source(let s, let prefix):
            let source = analysis.sources[s]
            append(prefix, .chainEdge, to: &cells)
            var detail = " (\(source.kind.rawValue))"
            if !source.quotes.isEmpty { detail += " · \(plural(source.quotes.count, "quote"))" }
            if !source.claims.isEmpty { detail += " · \(plural(source.claims.count, "claim"))" }
            // Cut with "…" like every other row: the name first keeps its room, the detail gives way.
            let room = width + 1 - cells.width
            let name = Sanitizer.clip(source.name, width: room)
            append(name, .chainNode, to: &cells)
            if name == source.name { append(Sanitizer.clip(detail, width: room - Sanitizer.width(of: name)), .textDim, to: &cells) }
        case .claim(let c):
            let claim = analysis.claims[c]
            let verdict = a.annotation(ofClaim: c)?.verdict
            append(score(claim.score) + " ", .textDim, to: &cells)
            append(verdict?.gutterMark ?? "·", verdict?.styleRole ?? .textDim, to: &cells)
            append(" ", .text, to: &cells)
            append(Sanitizer.clip(claim.span.text, width: width + 1 - cells.width), .claim, to: &cells)
        }
    }
}
