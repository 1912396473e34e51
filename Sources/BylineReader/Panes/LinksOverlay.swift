/// The `v` list: the open article's links in a box over the article, one a row, the link's
/// words then where it points; the selected row highlighted.
enum LinksOverlay {
    /// Box border and heading rows around the list.
    static let chromeRows = 3

    /// Link rows shown at a given screen height (the status bar stays visible).
    static func visibleRows(height: Int) -> Int { max(1, min(height - 3, 40) - chromeRows) }

    static func render(_ state: ReaderState, _ view: PaneCursor, width: Int, height: Int, into buffer: inout Buffer) {
        guard let a = state.article else { return }
        let links = a.text.links
        let w = min(width - 2, 100)
        let rows = min(visibleRows(height: height), links.count)
        let h = rows + chromeRows + 1
        guard w >= 20, h <= height - 1 else { return }
        let box = Rect(x: (width - w) / 2, y: max(0, (height - 1 - h) / 2), width: w, height: h)
        PaneChrome.box(box, title: " Links (\(links.count)) · Enter opens · v or Esc closes ", into: &buffer)
        let inner = w - 4
        let textWidth = min(36, inner / 2)
        buffer.write(Sanitizer.clip(a.title, width: inner), x: box.x + 2, y: box.y + 1, maxWidth: inner, role: .textDim)
        for r in 0..<rows {
            let n = view.scroll + r
            guard n < links.count else { break }
            let link = links[n]
            let y = box.y + 2 + r
            let selected = n == view.selected
            if selected { buffer.fill(Rect(x: box.x + 1, y: y, width: w - 2, height: 1), role: .uiSelection) }
            let words = Sanitizer.clip(link.text.isEmpty ? "(no text)" : link.text, width: textWidth - 1)
            buffer.write(words, x: box.x + 2, y: y, maxWidth: textWidth - 1, role: selected ? .uiSelection : .uiHelp)
            buffer.write(Sanitizer.clip(link.href, width: inner - textWidth), x: box.x + 2 + textWidth, y: y,
                         maxWidth: inner - textWidth, role: selected ? .uiSelection : .textDim)
        }
        if links.count > rows {
            let more = " \(view.selected + 1)/\(links.count) "
            buffer.write(more, x: box.maxX - 2 - Sanitizer.width(of: more), y: box.maxY - 1, maxWidth: w - 4, role: .uiTitle)
        }
    }
}
