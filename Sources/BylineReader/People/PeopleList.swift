import BylineStore
import Foundation

/// The people view's two lists: identities with quote and article counts, the outlets that
/// quote them and a sparkline of their quotes over the library's dates; then one identity's
/// quotes with date and outlet. Only the rows on screen are drawn.
enum PeopleList {
    static let headerRows = 2

    static func visibleRows(height: Int) -> Int { max(1, height - headerRows - 1) }

    /// The row of the list (counted from its first visible row) at screen line `y`.
    static func row(atY y: Int, height: Int) -> Int? {
        guard y >= headerRows, y < height - 1 else { return nil }
        return y - headerRows
    }

    static func render(_ people: PeopleBrowser, width: Int, height: Int, into buffer: inout Buffer) {
        switch people.level {
        case .people: identities(people, width: width, height: height, into: &buffer)
        case .quotes: quotes(people, width: width, height: height, into: &buffer)
        }
    }

    private static func identities(_ people: PeopleBrowser, width: Int, height: Int, into buffer: inout Buffer) {
        let count = people.count.map(String.init) ?? "…"
        let heading = people.filter.isEmpty
            ? " People: \(count) quoted · Enter lists quotes, / filters, q back, ? help "
            : " People matching “\(people.filter)”: \(count) · Esc shows everyone "
        PaneChrome.title(heading, rect: Rect(x: 0, y: 0, width: width, height: 1), focused: true, into: &buffer)
        let countWidth = 8
        let sparkWidth = PeopleIndex.sparkBuckets + 2
        let outletWidth = width >= 100 ? 30 : (width >= 72 ? 18 : 0)
        let nameWidth = max(10, width - 1 - 2 * countWidth - (outletWidth > 0 ? outletWidth + 1 : 0) - sparkWidth)
        let quotesX = 1 + nameWidth, articlesX = quotesX + countWidth, outletX = articlesX + countWidth + 1
        let sparkX = width - sparkWidth + 1
        buffer.write("Name", x: 1, y: 1, maxWidth: nameWidth, role: .textDim)
        buffer.write(ArticleList.leftPad("quotes", countWidth - 1), x: quotesX, y: 1, maxWidth: countWidth, role: .textDim)
        buffer.write(ArticleList.leftPad("articles", countWidth - 1), x: articlesX, y: 1, maxWidth: countWidth, role: .textDim)
        if outletWidth > 0 { buffer.write("Outlets", x: outletX, y: 1, maxWidth: outletWidth, role: .textDim) }
        buffer.write("Over time", x: sparkX, y: 1, maxWidth: sparkWidth - 1, role: .textDim)
        for r in 0..<visibleRows(height: height) {
            let row = people.scroll + r
            guard let person = people.people[safe: row] else { break }
            let y = headerRows + r
            let selected = row == people.cursor
            let role: StyleRole = selected ? .uiSelection : .text
            if selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .uiSelection) }
            var name = person.name
            if person.kind != .person { name += person.kind == .outlet ? " (outlet)" : " (org.)" } else if let title = person.title { name += ", \(title)" }
            buffer.write(Sanitizer.clip(name, width: nameWidth - 1), x: 1, y: y, maxWidth: nameWidth - 1, role: role)
            buffer.write(ArticleList.leftPad("\(person.quotes)", countWidth - 1), x: quotesX, y: y, maxWidth: countWidth, role: role)
            buffer.write(ArticleList.leftPad("\(person.articles)", countWidth - 1), x: articlesX, y: y, maxWidth: countWidth, role: role)
            if outletWidth > 0 {
                var outlets = person.outlets.joined(separator: ", ")
                if person.outletCount > person.outlets.count { outlets += " +\(person.outletCount - person.outlets.count)" }
                buffer.write(Sanitizer.clip(outlets, width: outletWidth), x: outletX, y: y, maxWidth: outletWidth, role: selected ? role : .textDim)
            }
            buffer.write(Sparkline.render(person.spark), x: sparkX, y: y, maxWidth: sparkWidth - 1, role: selected ? role : .uiTitleFocused)
        }
        if people.count == nil {
            buffer.write("Reading the people index…", x: 1, y: headerRows, maxWidth: width - 2, role: .textDim)
        } else if people.count == 0 {
            buffer.write(people.filter.isEmpty ? "Nobody quoted yet: the index fills as analysed articles arrive" : "Nobody matches",
                         x: 1, y: headerRows, maxWidth: width - 2, role: .textDim)
        }
    }

    private static func quotes(_ people: PeopleBrowser, width: Int, height: Int, into buffer: inout Buffer) {
        let person = people.person
        let heading = " \(person?.name ?? "Quotes"): \(SidePane.plural(person?.quotes ?? 0, "quote")) in "
            + "\(SidePane.plural(person?.articles ?? 0, "article")) · Enter opens it there, q people "
        PaneChrome.title(heading, rect: Rect(x: 0, y: 0, width: width, height: 1), focused: true, into: &buffer)
        let dateWidth = 11
        let outletWidth = width >= 90 ? 20 : (width >= 60 ? 14 : 0)
        let textX = 1 + dateWidth + (outletWidth > 0 ? outletWidth + 1 : 0)
        let textWidth = max(10, width - textX - 1)
        buffer.write("Date", x: 1, y: 1, maxWidth: dateWidth, role: .textDim)
        if outletWidth > 0 { buffer.write("Outlet", x: 1 + dateWidth, y: 1, maxWidth: outletWidth, role: .textDim) }
        buffer.write("Quote", x: textX, y: 1, maxWidth: textWidth, role: .textDim)
        for r in 0..<visibleRows(height: height) {
            let row = people.quoteScroll + r
            guard let quote = people.quotes[safe: row] else { break }
            let y = headerRows + r
            let selected = row == people.quoteCursor
            let role: StyleRole = selected ? .uiSelection : .text
            if selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .uiSelection) }
            buffer.write(quote.date.map(Timestamp.day) ?? "—", x: 1, y: y, maxWidth: dateWidth - 1, role: selected ? role : .textDim)
            if outletWidth > 0 {
                buffer.write(Sanitizer.clip(quote.outlet ?? "—", width: outletWidth), x: 1 + dateWidth, y: y, maxWidth: outletWidth,
                             role: selected ? role : .textDim)
            }
            buffer.write(Sanitizer.clip(quote.text, width: textWidth), x: textX, y: y, maxWidth: textWidth, role: role)
        }
        if people.quotes.isEmpty {
            buffer.write(people.loading ? "Reading quotes…" : "No quotes", x: 1, y: headerRows, maxWidth: width - 2, role: .textDim)
        }
    }

    /// The status line on the people view: where the cursor is.
    static func summary(_ people: PeopleBrowser, _ state: ReaderState) -> (String, String) {
        var parts: [String] = []
        switch people.level {
        case .people:
            parts.append("\(people.people.isEmpty ? 0 : people.cursor + 1)/\(people.count.map(String.init) ?? "…")")
        case .quotes:
            parts.append("\(people.quotes.isEmpty ? 0 : people.quoteCursor + 1)/\(people.person?.quotes ?? 0)")
        }
        if let key = StatusBar.helpKey(state) { parts.append("\(key) help") }
        return (people.level == .people ? "People" : people.person?.name ?? "Quotes", parts.joined(separator: " · "))
    }
}
