/// Scrolling the body and jumping it to a span. The position is the scalar offset of the top
/// line's start, so it survives rewrapping at another width.
extension ReaderState {
    /// The open article's body wrapped at the current body width.
    var bodyLayout: BodyLayout? {
        article?.text.layout(width: layout.bodyMetrics.width)
    }

    /// The index of the top line in the current layout.
    var topLine: Int {
        guard let a = article, let l = bodyLayout else { return 0 }
        return l.line(containing: a.top)
    }

    mutating func setTopLine(_ line: Int) {
        guard let l = bodyLayout else { return }
        let maxTop = max(0, l.count - layout.bodyMetrics.height)
        let n = max(0, min(line, maxTop))
        withArticle { $0.top = l.count > 0 ? Int(l.starts[n]) : 0 }
    }

    mutating func scrollBody(by delta: Int) {
        let line = topLine
        let target = delta > 0 ? (line > Int.max - delta ? Int.max : line + delta)
                               : (line < Int.min - delta ? Int.min : line + delta)
        setTopLine(target)
        syncQuoteSelectionToBody()
    }

    /// Scrolls so that `range` is on screen, with two lines of context above when it was not.
    mutating func reveal(_ range: Range<Int>) {
        guard let l = bodyLayout else { return }
        let first = l.line(containing: range.lowerBound)
        let last = l.line(containing: max(range.lowerBound, range.upperBound - 1))
        let top = topLine
        let height = layout.bodyMetrics.height
        if first >= top && last < top + height { return }
        setTopLine(first - min(2, height / 4))
    }

    /// The quote the body is at: the marked one, else the first that ends below the top.
    var currentQuote: Int? {
        guard let a = article, let index = a.index else { return nil }
        if let q = a.mark?.quote { return q }
        return index.firstQuote(endingAfter: a.top)
    }

    /// The quote pane's selection follows the body: it selects the current quote.
    mutating func syncQuoteSelectionToBody() {
        guard let q = currentQuote, let a = article, let index = a.index else { return }
        setSelection(index.row(ofQuote: q, groupedBySpeaker: a.quotesGroupedBySpeaker), in: .quotes)
    }

    /// Selects `row` in `pane` if the pane has it, scrolling the pane to show it.
    mutating func selectRow(_ row: PaneRow, in pane: Pane) {
        guard let a = article else { return }
        if case .quote(let q) = row, let index = a.index {
            setSelection(index.row(ofQuote: q, groupedBySpeaker: a.quotesGroupedBySpeaker), in: pane)
            return
        }
        guard let n = a.rows(pane).firstIndex(of: row) else { return }
        setSelection(n, in: pane)
    }
}
