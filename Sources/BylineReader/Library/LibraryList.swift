import BylineStore
import Foundation

/// The library's two lists: feeds with unread and total counts (and "Saved"), and a feed's
/// items with their state, date, site, quote and claim counts and annotation badge. Only
/// the rows on screen are drawn, from the window of items the state holds.
enum LibraryList {
    static let headerRows = 2

    static func visibleRows(height: Int) -> Int { max(1, height - headerRows - 1) }

    /// The row of the list (counted from its first visible row) at screen line `y`.
    static func row(atY y: Int, height: Int) -> Int? {
        guard y >= headerRows, y < height - 1 else { return nil }
        return y - headerRows
    }

    static func render(_ lib: LibraryBrowser, _ state: ReaderState, width: Int, height: Int, into buffer: inout Buffer) {
        switch lib.level {
        case .feeds: feeds(lib, state, width: width, height: height, into: &buffer)
        case .items: items(lib, state, width: width, height: height, into: &buffer)
        }
    }

    private static func feeds(_ lib: LibraryBrowser, _ state: ReaderState, width: Int, height: Int, into buffer: inout Buffer) {
        let listed = lib.listedFeeds
        let heading = lib.feedFilter.isEmpty
            ? " Library: \(SidePane.plural(lib.feeds.count, "feed")) · Enter opens, r/R update, ? help "
            : " Feeds matching “\(lib.feedFilter)”: \(listed.count) of \(lib.feeds.count) · Esc shows all "
        PaneChrome.title(heading, rect: Rect(x: 0, y: 0, width: width, height: 1), focused: true, into: &buffer)
        let countWidth = 8
        let nameWidth = max(10, width - 2 * countWidth - 3)
        buffer.write("Feed", x: 1, y: 1, maxWidth: nameWidth, role: .textDim)
        buffer.write(ArticleList.leftPad("unread", countWidth - 1), x: width - 2 * countWidth, y: 1, maxWidth: countWidth, role: .textDim)
        buffer.write(ArticleList.leftPad("items", countWidth - 1), x: width - countWidth, y: 1, maxWidth: countWidth, role: .textDim)
        for r in 0..<visibleRows(height: height) {
            let row = lib.feedScroll + r
            guard let feed = listed[safe: row] else { break }
            let y = headerRows + r
            let selected = row == lib.feedCursor
            let role: StyleRole = selected ? .uiSelection : (feed.unread > 0 ? .text : .textDim)
            if selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .uiSelection) }
            var name = feed.name
            if let error = feed.error { name += " ✗ " + error }
            buffer.write(Sanitizer.clip(name, width: nameWidth), x: 1, y: y, maxWidth: nameWidth,
                         role: feed.error != nil && !selected ? .uiError : role)
            buffer.write(ArticleList.leftPad("\(feed.unread)", countWidth - 1), x: width - 2 * countWidth, y: y, maxWidth: countWidth, role: role)
            buffer.write(ArticleList.leftPad("\(feed.total)", countWidth - 1), x: width - countWidth, y: y, maxWidth: countWidth, role: role)
        }
        if lib.feeds.isEmpty {
            buffer.write("Reading the library…", x: 1, y: headerRows, maxWidth: width - 2, role: .textDim)
        }
    }

    private static func items(_ lib: LibraryBrowser, _ state: ReaderState, width: Int, height: Int, into buffer: inout Buffer) {
        let name = lib.openFeed?.name ?? "Items"
        let count = lib.itemCount.map { "\($0)" } ?? "…"
        let heading = lib.scope.titleFilter.isNilOrEmpty
            ? " \(name): \(count) items, \(lib.openFeed?.unread ?? 0) unread · Enter opens, q feeds, / filters "
            : " \(name), titles matching “\(lib.scope.titleFilter!)”: \(count) · Esc shows all "
        PaneChrome.title(heading, rect: Rect(x: 0, y: 0, width: width, height: 1), focused: true, into: &buffer)
        let countWidth = 7, dateWidth = 10, flagWidth = 3
        let siteWidth = width >= 100 ? 22 : (width >= 70 ? 14 : 0)
        let titleX = 1 + flagWidth + dateWidth + 1
        let titleWidth = max(10, width - titleX - (siteWidth > 0 ? siteWidth + 1 : 0) - 3 * countWidth)
        let siteX = titleX + titleWidth + 1
        let quotesX = width - 3 * countWidth
        for (label, x, w) in [("Date", 1 + flagWidth, dateWidth), ("Title", titleX, titleWidth), ("Site", siteX, siteWidth)] where w > 0 {
            buffer.write(label, x: x, y: 1, maxWidth: w, role: .textDim)
        }
        for (k, label) in ["quotes", "claims", " notes"].enumerated() {
            buffer.write(ArticleList.leftPad(label, countWidth - 1), x: quotesX + k * countWidth, y: 1, maxWidth: countWidth, role: .textDim)
        }
        for r in 0..<visibleRows(height: height) {
            let row = lib.itemScroll + r
            let y = headerRows + r
            guard row < (lib.itemCount ?? 0) else { break }
            guard let item = lib.window[safe: row - lib.windowStart] else {
                buffer.write("…", x: titleX, y: y, maxWidth: 1, role: .textDim)
                continue
            }
            let selected = row == lib.itemCursor
            let role: StyleRole = selected ? .uiSelection : (item.read ? .textDim : .text)
            if selected { buffer.fill(Rect(x: 0, y: y, width: width, height: 1), role: .uiSelection) }
            let flags = (item.read ? " " : "N") + (item.starred ? "*" : " ")
            buffer.write(flags, x: 1, y: y, maxWidth: flagWidth, role: selected ? role : .uiTitleFocused)
            buffer.write(Timestamp.day(item.sortDate), x: 1 + flagWidth, y: y, maxWidth: dateWidth, role: role)
            buffer.write(Sanitizer.clip(item.title, width: titleWidth), x: titleX, y: y, maxWidth: titleWidth, role: role)
            if siteWidth > 0 {
                let site = item.feedName ?? item.site ?? "—"
                buffer.write(Sanitizer.clip(site, width: siteWidth), x: siteX, y: y, maxWidth: siteWidth, role: selected ? role : .textDim)
            }
            let counts = [item.quotes.map { "\($0)" } ?? "·", item.claims.map { "\($0)" } ?? "·", item.annotations > 0 ? "✎\(item.annotations)" : ""]
            for (k, value) in counts.enumerated() {
                buffer.write(ArticleList.leftPad(value, countWidth - 1), x: quotesX + k * countWidth, y: y, maxWidth: countWidth, role: role)
            }
        }
        if lib.itemCount == 0 {
            buffer.write(lib.scope.titleFilter.isNilOrEmpty ? "No items yet: r updates this feed" : "No item matches",
                         x: 1, y: headerRows, maxWidth: width - 2, role: .textDim)
        }
    }

    /// The status line on the library: where the cursor is, and an update's progress.
    static func summary(_ lib: LibraryBrowser, _ state: ReaderState) -> (String, String) {
        var parts: [String] = []
        switch lib.level {
        case .feeds:
            parts.append("\(lib.listedFeeds.isEmpty ? 0 : lib.feedCursor + 1)/\(lib.listedFeeds.count)")
            parts.append(SidePane.plural(lib.feeds.reduce(0) { $0 + $1.unread }, "unread item"))
        case .items:
            parts.append("\(lib.itemCount == 0 ? 0 : lib.itemCursor + 1)/\(lib.itemCount.map(String.init) ?? "…")")
        }
        if let update = lib.update { parts.append("updating feeds \(update.done)/\(update.total)…") }
        if let key = StatusBar.helpKey(state) { parts.append("\(key) help") }
        return (lib.level == .feeds ? "Library" : lib.openFeed?.name ?? "Items", parts.joined(separator: " · "))
    }
}
