/// The list of opened articles: title, publisher, quote and annotation counts.
enum ArticleList {
    static let headerRows = 2

    static func visibleRows(height: Int) -> Int { max(1, height - headerRows - 1) }

    static func row(atY y: Int, height: Int, scroll: Int) -> Int? {
        guard y >= headerRows, y < height - 1 else { return nil }
        return scroll + y - headerRows
    }

    static func render(_ state: ReaderState, width: Int, height: Int, into buffer: inout Buffer) {
        PaneChrome.title(" Articles (\(state.articles.count)) · Enter opens, J/K next/previous, ? help ",
                         rect: Rect(x: 0, y: 0, width: width, height: 1), focused: true, into: &buffer)
        let countWidth = 8
        let publisherWidth = min(24, max(10, width / 4))
        let titleWidth = max(10, width - publisherWidth - 2 * countWidth - 3)
        let columns = [(1, titleWidth), (1 + titleWidth + 1, publisherWidth),
                       (width - 2 * countWidth, countWidth), (width - countWidth, countWidth)]
        for (n, label) in ["Title", "Publisher", " quotes", "  notes"].enumerated() {
            buffer.write(label, x: columns[n].0, y: 1, maxWidth: columns[n].1, role: .textDim)
        }
        for r in 0..<visibleRows(height: height) {
            let n = state.listScroll + r
            guard n < state.articles.count else { break }
            let a = state.articles[n]
            let y = headerRows + r
            let selected = n == state.current
            let role: StyleRole = selected ? .uiSelection : .text
            if selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .uiSelection) }
            buffer.write(Sanitizer.clip(a.title, width: columns[0].1), x: columns[0].0, y: y, maxWidth: columns[0].1, role: role)
            buffer.write(Sanitizer.clip(a.analysis?.document.publisher ?? a.text.pageMetadata?.publisher ?? "—", width: columns[1].1), x: columns[1].0, y: y,
                         maxWidth: columns[1].1,
                         role: selected ? role : .textDim)
            let quotes = a.analysis.map { "\($0.quotes.count)" } ?? "…"
            let notes = "\(max(a.annotationCount, a.annotations.count))"
            buffer.write(leftPad(quotes, countWidth - 1), x: columns[2].0, y: y, maxWidth: countWidth, role: role)
            buffer.write(leftPad(notes, countWidth - 1), x: columns[3].0, y: y, maxWidth: countWidth, role: role)
        }
    }

    static func leftPad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
