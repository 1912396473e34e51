import BylineCore
import BylineStore

/// The library screens: moving through feeds and items, paging the item window from the
/// store, opening, marking and updating. Every store access is an `Effect.library`.
extension ReaderState {
    var libraryVisibleRows: Int { LibraryList.visibleRows(height: height) }

    /// Moves the feed or item cursor; near either end of the loaded window a page is asked for.
    mutating func moveLibrarySelection(by delta: Int) -> [Effect] {
        guard var lib = library else { return [] }
        defer { library = lib }
        let visible = libraryVisibleRows
        func clampedAdd(_ a: Int, _ b: Int) -> Int { b > 0 ? (a > Int.max - b ? Int.max : a + b) : (a < Int.min - b ? Int.min : a + b) }
        switch lib.level {
        case .feeds:
            let count = lib.listedFeeds.count
            guard count > 0 else { return [] }
            lib.feedCursor = max(0, min(count - 1, clampedAdd(lib.feedCursor, delta)))
            lib.feedScroll = Self.scrolled(lib.feedScroll, cursor: lib.feedCursor, visible: visible, count: count)
            return []
        case .items:
            guard let count = lib.itemCount, count > 0 else { return [] }
            let target = max(0, min(count - 1, clampedAdd(lib.itemCursor, delta)))
            if delta == Int.max / 2 && target >= lib.windowEnd {
                lib.itemCursor = count - 1
                return reloadItems(&lib, from: .bottom)
            }
            if delta == Int.min / 2 && target < lib.windowStart {
                lib.itemCursor = 0
                return reloadItems(&lib, from: .top)
            }
            // Rows not read yet are not selectable: the cursor stops at the window's edge
            // and the next page is on its way.
            lib.itemCursor = max(lib.windowStart, min(max(lib.windowStart, lib.windowEnd - 1), target))
            lib.itemScroll = Self.scrolled(lib.itemScroll, cursor: lib.itemCursor, visible: visible, count: count)
            return pageIfNeeded(&lib)
        }
    }

    static func scrolled(_ scroll: Int, cursor: Int, visible: Int, count: Int) -> Int {
        var s = scroll
        if cursor >= s + visible { s = cursor - visible + 1 }
        if cursor < s { s = cursor }
        return max(0, min(s, max(0, count - visible)))
    }

    /// Asks for the next page when the cursor or the screen comes within a page of the
    /// window's end (or its start, scrolling up) and the scope has more.
    func pageIfNeeded(_ lib: inout LibraryBrowser) -> [Effect] {
        guard lib.loading == nil, let count = lib.itemCount else { return [] }
        let visible = libraryVisibleRows
        let margin = LibraryBrowser.pageSize / 2
        if lib.windowEnd < count, max(lib.itemCursor, lib.itemScroll + visible) + margin >= lib.windowEnd, let last = lib.window.last {
            lib.loading = .older
            return [.library(.loadItems(ItemPage(scope: lib.scope, direction: .older, cursor: last.cursor,
                                                 limit: LibraryBrowser.pageSize, generation: lib.generation)))]
        }
        if lib.windowStart > 0, min(lib.itemCursor, lib.itemScroll) - margin < lib.windowStart, let first = lib.window.first {
            lib.loading = .newer
            return [.library(.loadItems(ItemPage(scope: lib.scope, direction: .newer, cursor: first.cursor,
                                                 limit: LibraryBrowser.pageSize, generation: lib.generation)))]
        }
        return []
    }

    /// Starts the item list again from the top or the bottom (a new feed, filter or jump).
    func reloadItems(_ lib: inout LibraryBrowser, from direction: PageDirection) -> [Effect] {
        lib.generation += 1
        lib.loading = direction
        return [.library(.loadItems(ItemPage(scope: lib.scope, direction: direction, cursor: nil,
                                             limit: LibraryBrowser.pageSize, generation: lib.generation)))]
    }

    /// A page arrived: joined to the window (trimmed at the far end to `windowLimit`), or
    /// the window itself for a reload.
    mutating func itemsLoaded(_ page: ItemPage, _ items: [ItemSummary], count: Int?) -> [Effect] {
        guard var lib = library, page.generation == lib.generation else { return [] }
        defer { library = lib }
        lib.loading = nil
        if let count { lib.itemCount = count }
        let total = lib.itemCount ?? items.count
        switch page.direction {
        case .top:
            lib.window = items
            lib.windowStart = 0
            lib.itemCursor = min(lib.itemCursor, max(0, items.count - 1))
        case .bottom:
            lib.window = items
            lib.windowStart = max(0, total - items.count)
            lib.itemCursor = max(lib.windowStart, min(lib.itemCursor, total - 1))
        case .older:
            lib.window += items
            if items.count < page.limit { lib.itemCount = lib.windowEnd }
            let excess = lib.window.count - LibraryBrowser.windowLimit
            if excess > 0 {
                lib.window.removeFirst(excess)
                lib.windowStart += excess
            }
        case .newer:
            lib.window = items + lib.window
            lib.windowStart = max(0, lib.windowStart - items.count)
            let excess = lib.window.count - LibraryBrowser.windowLimit
            if excess > 0 { lib.window.removeLast(excess) }
        }
        lib.itemCursor = max(lib.windowStart, min(lib.itemCursor, max(lib.windowStart, lib.windowEnd - 1)))
        lib.itemScroll = Self.scrolled(lib.itemScroll, cursor: lib.itemCursor, visible: libraryVisibleRows, count: lib.itemCount ?? 0)
        if lib.itemCount == 0, !lib.scope.titleFilter.isNilOrEmpty { message = "No item matches \(lib.scope.titleFilter!)" }
        return pageIfNeeded(&lib)
    }

    /// Enter: a feed lists its items; an item opens as an article (and is marked read).
    mutating func activateLibrary() -> [Effect] {
        guard var lib = library else { return [] }
        defer { library = lib }
        switch lib.level {
        case .feeds:
            guard let feed = lib.selectedFeed else { return [] }
            return openFeed(feed, &lib)
        case .items:
            guard let item = lib.selectedItem else { return [] }
            return openItem(item, &lib)
        }
    }

    private func openFeed(_ feed: LibraryBrowser.FeedRow, _ lib: inout LibraryBrowser) -> [Effect] {
        lib.level = .items
        lib.openFeed = feed
        lib.scope = feed.scope
        lib.window = []
        lib.windowStart = 0
        lib.itemCount = nil
        lib.itemCursor = 0
        lib.itemScroll = 0
        return reloadItems(&lib, from: .top)
    }

    private mutating func openItem(_ item: ItemSummary, _ lib: inout LibraryBrowser) -> [Effect] {
        lib.openItem = item.id
        if !item.read {
            lib.updateItem(id: item.id) { $0.read = true }
            lib.adjustUnread(feedID: item.feedID, by: -1)
        }
        if let n = lib.opened[item.id], articles.indices.contains(n) {
            openArticle(n)
            focus = .body
            return item.read ? [] : [.library(.setRead([item.id], true))]
        }
        message = "Opening \(item.title)…"
        return [.library(.open(itemID: item.id))]
    }

    /// An item's text arrived: it opens in the usual panes, analysed or on its way.
    mutating func itemOpened(_ id: Int64, _ loaded: LoadedArticle, _ analysis: Analysis?, _ document: Document?) -> [Effect] {
        guard var lib = library else { return [] }
        articles.append(ArticleState(text: ArticleText(loaded), analysis: analysis, document: document))
        let n = articles.count - 1
        if analysis == nil { articles[n].progress = .analysing }
        lib.opened[id] = n
        library = lib
        guard lib.openItem == id, screen == .library || people?.pendingJump?.itemID == id else { return [] }
        message = nil
        openArticle(n)
        focus = .body
        applyPendingJump(itemID: id)
        return analysis == nil || !annotationEditorAvailable ? [] : [.loadAnnotations(article: n)]
    }

    mutating func itemAnalysed(_ id: Int64, _ analysis: Analysis, _ document: Document) -> [Effect] {
        guard var lib = library else { return [] }
        lib.updateItem(id: id) {
            $0.quotes = analysis.quotes.count
            $0.claims = analysis.claims.count
        }
        library = lib
        guard let n = lib.opened[id] else { return [] }
        return finishAnalysis(article: n, analysis, document)
    }

    /// Items the marking keys act on: the open article's item, else the one under the cursor.
    var libraryTarget: ItemSummary? {
        guard let lib = library else { return nil }
        if screen == .article, let id = lib.openItem { return lib.item(id: id) }
        return lib.level == .items ? lib.selectedItem : nil
    }

    mutating func toggleRead() -> [Effect] {
        guard let item = libraryTarget else { return noLibraryItem() }
        library!.updateItem(id: item.id) { $0.read.toggle() }
        library!.adjustUnread(feedID: item.feedID, by: item.read ? 1 : -1)
        message = item.read ? "Marked unread" : "Marked read"
        return [.library(.setRead([item.id], !item.read))]
    }

    mutating func toggleStar() -> [Effect] {
        guard let item = libraryTarget else { return noLibraryItem() }
        library!.updateItem(id: item.id) { $0.starred.toggle() }
        message = item.starred ? "Star removed" : "Starred: kept when the feed drops old items"
        return [.library(.setStarred(item.id, !item.starred))]
    }

    private mutating func noLibraryItem() -> [Effect] {
        message = library == nil ? "Not in the library: these keys mark library items" : "No item selected"
        return []
    }

    /// Marks every item of the feed under the cursor (or the listed feed) read.
    mutating func markAllRead() -> [Effect] {
        guard var lib = library else { return noLibraryItem() }
        defer { library = lib }
        let feed = lib.level == .items ? lib.openFeed : lib.selectedFeed
        guard let feed else { return [] }
        var scope = feed.scope
        if lib.level == .items { scope = lib.scope }
        for n in lib.window.indices { lib.window[n].read = true }
        if scope.titleFilter.isNilOrEmpty { lib.adjustUnread(feedID: feed.id, by: -feed.unread) }
        message = "Marked every item of \(feed.name) read"
        return [.library(.markAllRead(scope))]
    }

    /// The next unread item: on the feed list, the next feed with unread items opens; in a
    /// feed, the cursor goes to the next unread item (in an article, it opens).
    mutating func nextUnread() -> [Effect] {
        guard var lib = library else { return noLibraryItem() }
        defer { library = lib }
        if screen == .library && lib.level == .feeds {
            let listed = lib.listedFeeds
            let order = Array(lib.feedCursor..<listed.count) + Array(0..<lib.feedCursor)
            guard let n = order.first(where: { listed[$0].unread > 0 }) else {
                message = "No unread items"
                return []
            }
            lib.feedCursor = n
            lib.feedScroll = Self.scrolled(lib.feedScroll, cursor: n, visible: libraryVisibleRows, count: listed.count)
            return openFeed(listed[n], &lib)
        }
        let from = screen == .article ? lib.openItem.flatMap(lib.item(id:)) : lib.selectedItem
        if let from, let k = lib.window.firstIndex(of: from),
           let next = lib.window[(k + 1)...].firstIndex(where: { !$0.read }) {
            return goToItem(row: lib.windowStart + next, &lib)
        }
        return [.library(.nextUnread(lib.scope, after: from?.cursor))]
    }

    /// The store found the next unread item (outside the window, or none).
    mutating func nextUnreadFound(_ item: ItemSummary?) -> [Effect] {
        guard var lib = library else { return [] }
        defer { library = lib }
        guard let item else {
            message = "No more unread items"
            return []
        }
        if let k = lib.window.firstIndex(where: { $0.id == item.id }) { return goToItem(row: lib.windowStart + k, &lib) }
        // Far below the window: it becomes a one-item window there, and pages follow it.
        lib.generation += 1
        lib.window = [item]
        lib.windowStart = lib.windowEnd
        lib.itemCursor = lib.windowStart
        lib.itemScroll = Self.scrolled(lib.itemScroll, cursor: lib.itemCursor, visible: libraryVisibleRows, count: lib.itemCount ?? 0)
        if screen == .article { return openItem(item, &lib) }
        return pageIfNeeded(&lib)
    }

    private mutating func goToItem(row: Int, _ lib: inout LibraryBrowser) -> [Effect] {
        lib.itemCursor = row
        lib.itemScroll = Self.scrolled(lib.itemScroll, cursor: row, visible: libraryVisibleRows, count: lib.itemCount ?? 0)
        if screen == .article, let item = lib.selectedItem { return openItem(item, &lib) + pageIfNeeded(&lib) }
        return pageIfNeeded(&lib)
    }

    /// `r`: the feed under the cursor (or the one listed); `R`: every feed.
    mutating func updateFeeds(all: Bool) -> [Effect] {
        guard var lib = library else {
            message = "Not in the library: r and R update feeds"
            return []
        }
        defer { library = lib }
        if let update = lib.update {
            message = "Already updating (\(update.done)/\(update.total))"
            return []
        }
        if all {
            lib.update = UpdateProgress(done: 0, total: lib.feeds.filter { $0.id != nil }.count)
            return [.library(.update(feedIDs: nil))]
        }
        let feed = lib.level == .items || screen == .article ? lib.openFeed : lib.selectedFeed
        guard let id = feed?.id else {
            message = "Saved articles have no feed to update"
            return []
        }
        lib.update = UpdateProgress(done: 0, total: 1)
        return [.library(.update(feedIDs: [id]))]
    }

    /// An update ended: counts and the list are read again, where the cursor was.
    mutating func updateFinished(_ summary: String) -> [Effect] {
        guard var lib = library else { return [] }
        defer { library = lib }
        lib.update = nil
        message = summary
        var effects: [Effect] = [.library(.loadFeeds)]
        if lib.level == .items {
            lib.itemCursor = 0
            lib.itemScroll = 0
            effects += reloadItems(&lib, from: .top)
        }
        return effects
    }

    mutating func feedsLoaded(_ rows: [LibraryBrowser.FeedRow]) {
        guard var lib = library else { return }
        let selected = lib.selectedFeed
        lib.feeds = rows
        let listed = lib.listedFeeds
        lib.feedCursor = selected.flatMap { s in listed.firstIndex { $0.id == s.id } } ?? min(lib.feedCursor, max(0, listed.count - 1))
        if let open = lib.openFeed, let fresh = rows.first(where: { $0.id == open.id }) { lib.openFeed = fresh }
        lib.feedScroll = Self.scrolled(lib.feedScroll, cursor: lib.feedCursor, visible: libraryVisibleRows, count: listed.count)
        library = lib
    }

    /// `q` and `h` on the library: items go back to the feeds; the feeds quit (`q`) or stay.
    mutating func libraryBack() -> Bool {
        guard var lib = library, lib.level == .items else { return false }
        lib.level = .feeds
        lib.openFeed = nil
        lib.window = []
        lib.itemCount = nil
        lib.generation += 1
        lib.loading = nil
        library = lib
        search = SearchState()
        return true
    }

    /// `/` typed on the library: feeds filter by name at once; items by title, read again.
    mutating func filterLibrary(_ query: String) -> [Effect] {
        guard var lib = library else { return [] }
        defer { library = lib }
        switch lib.level {
        case .feeds:
            lib.feedFilter = query
            lib.feedCursor = 0
            lib.feedScroll = 0
            if lib.listedFeeds.isEmpty && !query.isEmpty { message = "No feed matches \(query)" }
            return []
        case .items:
            lib.scope.titleFilter = query.isEmpty ? nil : query
            lib.itemCursor = 0
            lib.itemScroll = 0
            return reloadItems(&lib, from: .top)
        }
    }

    var libraryFilter: String {
        guard let lib = library else { return "" }
        return lib.level == .feeds ? lib.feedFilter : lib.scope.titleFilter ?? ""
    }

    /// An event from the library backend.
    mutating func applyLibrary(_ event: LibraryEvent) -> [Effect] {
        switch event {
        case .feedsLoaded(let rows): feedsLoaded(rows)
        case .itemsLoaded(let page, let items, let count): return itemsLoaded(page, items, count: count)
        case .itemOpened(let id, let loaded, let analysis, let document): return itemOpened(id, loaded, analysis, document)
        case .itemAnalysed(let id, let analysis, let document): return itemAnalysed(id, analysis, document)
        case .nextUnread(let item): return nextUnreadFound(item)
        case .updateProgress(let progress): library?.update = progress
        case .updateFinished(let summary): return updateFinished(summary)
        case .failed(let why):
            library?.loading = nil
            message = "Library: \(why)"
        }
        return []
    }
}

extension Optional where Wrapped == String {
    var isNilOrEmpty: Bool { self?.isEmpty ?? true }
}

extension ReaderState {
    /// `/`, typing, Enter and Esc on the library screens (the filter of the feeds or items),
    /// and the mouse there. Nil for every other action.
    mutating func applyToLibrary(_ action: Action) -> [Effect]? {
        switch action {
        case .wheel(let up, _, _):
            return moveLibrarySelection(by: up ? -ReaderState.wheelStep : ReaderState.wheelStep)
        case .click(_, let y):
            guard let lib = library, let row = LibraryList.row(atY: y, height: height) else { return [] }
            let top = lib.level == .feeds ? lib.feedScroll : lib.itemScroll
            let here = lib.level == .feeds ? lib.feedCursor : lib.itemCursor
            return moveLibrarySelection(by: top + row - here)
        case .search:
            search = SearchState()
            search.editing = true
            search.query = libraryFilter
            return []
        case .searchInput(let text) where search.editing:
            search.query += text
            return filterLibrary(search.query)
        case .searchDeleteBackward where search.editing:
            guard !search.query.isEmpty else { return [] }
            search.query.removeLast()
            return filterLibrary(search.query)
        case .searchConfirm:
            search = SearchState()
            if !libraryFilter.isEmpty { message = "Esc shows every \(library?.level == .feeds ? "feed" : "item") again" }
            return []
        case .cancel:
            search = SearchState()
            return libraryFilter.isEmpty ? [] : filterLibrary("")
        default:
            return nil
        }
    }
}
