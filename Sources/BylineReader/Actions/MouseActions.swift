/// Mouse: a click focuses the pane under it and selects the row (in the body, the quote or
/// claim under it); the wheel scrolls what is under the pointer.
extension ReaderState {
    static let wheelStep = 3

    mutating func click(x: Int, y: Int) {
        if screen == .list {
            guard let row = ArticleList.row(atY: y, height: height, scroll: listScroll),
                  let n = listedArticles[safe: row] else { return }
            current = n
            return
        }
        let l = layout
        if let bar = l.tabBar, bar.contains(x: x, y: y) {
            if let pane = TabBar.pane(atX: x, in: TabBar.panes(for: l.kind), counts: SidePane.counts(article), width: bar.width) { focus(pane) }
            return
        }
        guard let pane = l.pane(atX: x, y: y) else { return }
        focus(pane)
        guard let rect = l.panes[pane], rect.contains(x: x, y: y) else { return }
        if pane == .body {
            clickBody(x: x, y: y)
            return
        }
        guard let a = article else { return }
        let row = a.cursor(pane).scroll + (y - rect.y)
        if let r = a.rows(pane)[safe: row], r.isSelectable { setSelection(row, in: pane) }
    }

    private mutating func clickBody(x: Int, y: Int) {
        guard let a = article, let index = a.index, let text = layout.bodyText, let l = bodyLayout else { return }
        let line = topLine + (y - text.y)
        guard line < l.count, let offset = BodyPane.offset(inLine: l.range(line), column: x - text.x, text: a.text.scalars)
        else { return }
        if let q = index.quoteRuns.overlapping(offset..<offset + 1).last(where: { $0.range.contains(offset) }) {
            markAndReveal(Mark(range: q.range, item: .quote(q.payload)))
        } else if let c = index.claimRuns.overlapping(offset..<offset + 1).last(where: { $0.range.contains(offset) }) {
            markAndReveal(Mark(range: c.range, item: .claim(c.payload)))
            selectRow(.claim(c.payload), in: .claims)
        }
    }

    mutating func wheel(up: Bool, x: Int, y: Int) {
        let delta = up ? -ReaderState.wheelStep : ReaderState.wheelStep
        if screen == .list {
            moveListSelection(by: delta)
            return
        }
        let pane = layout.pane(atX: x, y: y) ?? focus
        if pane == .body {
            scrollBody(by: delta)
        } else {
            moveSelection(in: pane, by: delta)
        }
    }
}
