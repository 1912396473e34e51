/// The list of opened articles: title, authors, site, date, quote and annotation counts. Pages
/// give their own metadata; plain text what the analysis found in it.
enum ArticleList {
    static let headerRows = 2

    static func visibleRows(height: Int) -> Int { max(1, height - headerRows - 1) }

    static func row(atY y: Int, height: Int, scroll: Int) -> Int? {
        guard y >= headerRows, y < height - 1 else { return nil }
        return scroll + y - headerRows
    }

    static func render(_ state: ReaderState, width: Int, height: Int, into buffer: inout Buffer) {
        let heading = state.listFilter.isEmpty
            ? " Articles (\(state.articles.count)) · Enter opens, / filters, J/K next/previous, ? help "
            : " Articles matching “\(state.listFilter)”: \(state.listedArticles.count) of \(state.articles.count) · Esc shows all "
        PaneChrome.title(heading, rect: Rect(x: 0, y: 0, width: width, height: 1), focused: true, into: &buffer)
        let countWidth = 7
        let (titleWidth, bylineWidth, siteWidth, dateWidth) = detailWidths(state.articles, width: width, countWidth: countWidth)
        var x = 1
        var columns: [(Int, Int)] = []
        for w in [titleWidth, bylineWidth, siteWidth, dateWidth] {
            columns.append((x, w))
            x += w > 0 ? w + 1 : 0
        }
        columns += [(width - 2 * countWidth, countWidth), (width - countWidth, countWidth)]
        for (n, label) in ["Title", "By", "Site", "Date", "quotes", " notes"].enumerated() where columns[n].1 > 0 {
            buffer.write(label, x: columns[n].0, y: 1, maxWidth: columns[n].1, role: .textDim)
        }
        let listed = state.listedArticles
        let failed = state.listFilter.isEmpty ? state.unreadable : []
        for r in 0..<visibleRows(height: height) {
            let row = state.listScroll + r
            let y = headerRows + r
            if row >= listed.count {
                guard let bad = failed[safe: row - listed.count] else { break }
                let line = "✗ " + bad.message
                buffer.write(Sanitizer.clip(line, width: width - 2), x: 1, y: y, maxWidth: width - 2, role: .uiError)
                continue
            }
            let n = listed[row]
            let a = state.articles[n]
            let selected = n == state.current
            let role: StyleRole = selected ? .uiSelection : .text
            if selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .uiSelection) }
            buffer.write(Sanitizer.clip(a.title, width: columns[0].1), x: columns[0].0, y: y, maxWidth: columns[0].1, role: role)
            let details = [a.authors.isEmpty ? "—" : a.authors.joined(separator: ", "), a.site ?? "—", a.date ?? "—"]
            for (k, detail) in details.enumerated() where columns[k + 1].1 > 0 {
                let (cx, cw) = columns[k + 1]
                buffer.write(Sanitizer.clip(detail, width: cw), x: cx, y: y, maxWidth: cw, role: selected ? role : .textDim)
            }
            let quotes = a.analysis.map { "\($0.quotes.count)" } ?? "…"
            let notes = "\(max(a.annotationCount, a.annotations.count))"
            buffer.write(leftPad(quotes, countWidth - 1), x: columns[4].0, y: y, maxWidth: countWidth, role: role)
            buffer.write(leftPad(notes, countWidth - 1), x: columns[5].0, y: y, maxWidth: countWidth, role: role)
        }
    }

    /// Widths of the title, authors, site and date columns: authors and site as wide as their
    /// longest value (up to 22), narrowed in turn while the title would get fewer than 30
    /// columns; the date column only when some article has a date (web pages).
    static func detailWidths(_ articles: [ArticleState], width: Int, countWidth: Int) -> (Int, Int, Int, Int) {
        let dateWidth = articles.contains { $0.date != nil } ? 10 : 0
        func fit(_ values: [String], label: String) -> Int {
            min(22, values.reduce(max(label.count, 1)) { max($0, Sanitizer.width(of: $1)) })
        }
        var byline = fit(articles.map { $0.authors.joined(separator: ", ") }, label: "By")
        var site = fit(articles.map { $0.site ?? "" }, label: "Site")
        let fixed = 2 * countWidth + dateWidth + (dateWidth > 0 ? 5 : 4)
        while width - fixed - byline - site < 30 && (byline > 8 || site > 8) {
            if byline >= site { byline -= 1 } else { site -= 1 }
        }
        return (max(10, width - fixed - byline - site), byline, site, dateWidth)
    }

    static func leftPad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
