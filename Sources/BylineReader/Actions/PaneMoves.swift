/// Focus and selection in the side panes, and Enter: jump the body to the selected item.
extension ReaderState {
    mutating func focus(_ pane: Pane) {
        guard screen == .article else { return }
        focus = pane
        if pane != .body { sideTab = pane }
    }

    mutating func cycleFocus(by step: Int) {
        let all = Pane.allCases
        let n = (focus.rawValue + step + all.count) % all.count
        focus(all[n])
    }

    /// Rows a side pane shows at the current size (when it is the tab shown, on narrow screens).
    func paneHeight(_ pane: Pane) -> Int {
        let shown = layout(width: width, height: height, focus: pane, sideTab: pane)
        return max(1, shown.panes[pane]?.height ?? 1)
    }

    /// Moves the selection `delta` rows (clamped), stepping over group headers.
    mutating func moveSelection(in pane: Pane, by delta: Int) {
        guard let a = article else { return }
        let rows = a.rows(pane)
        guard !rows.isEmpty else { return }
        let current = a.cursor(pane).selected
        let step = delta >= 0 ? 1 : -1
        var n = max(0, min(rows.count - 1, delta > 0 ? (current > rows.count - delta ? rows.count : current + delta)
                                                     : (current < -rows.count - delta ? -1 : current + delta)))
        while rows.indices.contains(n) && !rows[n].isSelectable { n += step }
        if !rows.indices.contains(n) {
            n = max(0, min(rows.count - 1, n))
            while rows.indices.contains(n) && !rows[n].isSelectable { n -= step }
        }
        guard rows.indices.contains(n) else { return }
        setSelection(n, in: pane)
    }

    /// Selects row `n` of `pane` and scrolls the pane so it is visible.
    mutating func setSelection(_ n: Int, in pane: Pane) {
        let height = paneHeight(pane)
        withArticle { a in
            var c = a.cursor(pane)
            c.select(n, visibleRows: height)
            if n > 0, c.scroll == n, case .header? = a.rows(pane)[safe: n - 1] { c.scroll = n - 1 }
            a.cursors[pane] = c
        }
    }

    mutating func toggleQuoteGrouping() {
        guard screen == .article else { return }
        withArticle { $0.quotesGroupedBySpeaker.toggle() }
        let selected = article.flatMap { a -> Int? in
            if let q = a.mark?.quote { return q }
            return nil
        } ?? currentQuote
        if let q = selected { selectRow(.quote(q), in: .quotes) } else { setSelection(firstSelectable(.quotes), in: .quotes) }
    }

    func firstSelectable(_ pane: Pane) -> Int {
        article?.rows(pane).firstIndex { $0.isSelectable } ?? 0
    }

    /// Enter: opens the selected article in the list; in a side pane, jumps the body to the
    /// selected item and marks it. Enter again on an entity goes to its next mention.
    mutating func activate() {
        if screen == .list {
            guard listedArticles.contains(current) else {
                message = "No article matches \(listFilter): Esc shows all"
                return
            }
            openArticle(current)
            return
        }
        guard focus != .body, let a = article, let index = a.index else { return }
        let rows = a.rows(focus)
        guard let row = rows[safe: a.cursor(focus).selected] else { return }
        let analysis = index.analysis
        switch row {
        case .header:
            return
        case .entity(let e):
            let mentions = analysis.entities[e].mentions
            guard !mentions.isEmpty else { return }
            var m = 0
            if case .entity(e, let previous)? = a.mark?.item { m = (previous + 1) % mentions.count }
            markAndReveal(Mark(range: mentions[m].range, item: .entity(e, mention: m)))
            message = "\(analysis.entities[e].name): mention \(m + 1) of \(mentions.count)"
        case .quote(let q):
            markAndReveal(Mark(range: analysis.quotes[q].content.range, item: .quote(q)))
        case .source(let s, _):
            let source = analysis.sources[s]
            if let span = source.mentions.first {
                markAndReveal(Mark(range: span.range, item: .source(s)))
            } else if let qid = source.quotes.first, let q = analysis.quotes.firstIndex(where: { $0.id == qid }) {
                markAndReveal(Mark(range: analysis.quotes[q].content.range, item: .source(s)))
            } else {
                message = "\(source.name) is not mentioned in the text"
            }
        case .claim(let c):
            markAndReveal(Mark(range: analysis.claims[c].span.range, item: .claim(c)))
        }
    }

    /// Marks `mark` and scrolls the body to it; on a screen that shows one pane at a time, the
    /// body comes forward so the jump is seen.
    mutating func markAndReveal(_ mark: Mark) {
        if layout.kind == .single { focus = .body }
        withArticle { $0.mark = mark }
        reveal(mark.range)
        if let q = mark.quote { selectRow(.quote(q), in: .quotes) }
    }
}
