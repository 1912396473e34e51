/// The article list and moving between articles; each article keeps its own position.
extension ReaderState {
    /// The articles the list shows, in order: all of them, or those the `/` filter matches.
    var listedArticles: [Int] {
        guard !listFilter.isEmpty else { return Array(articles.indices) }
        return articles.indices.filter { articles[$0].matchesListFilter(listFilter) }
    }

    /// Rows of the list: the listed articles, then (unfiltered) the inputs that could not be read.
    var listRowCount: Int { listedArticles.count + (listFilter.isEmpty ? unreadable.count : 0) }

    /// Moves the selection among the listed articles and scrolls to show it; at the last
    /// article the rows below it (inputs that could not be read) come into view too.
    mutating func moveListSelection(by delta: Int) {
        let listed = listedArticles
        guard !listed.isEmpty else { return }
        let here = listed.firstIndex(of: current) ?? 0
        let target = delta > 0 ? (here > Int.max - delta ? Int.max : here + delta)
                               : (here < Int.min - delta ? Int.min : here + delta)
        let row = max(0, min(listed.count - 1, target))
        current = listed[row]
        let visible = ArticleList.visibleRows(height: height)
        let end = row == listed.count - 1 ? listRowCount - 1 : row
        if end >= listScroll + visible { listScroll = end - visible + 1 }
        if row < listScroll { listScroll = row }
        listScroll = max(0, min(listScroll, max(0, listRowCount - visible)))
    }

    /// Applies the list filter as it is typed: the selection moves to the first match.
    mutating func filterList(_ query: String) {
        listFilter = query
        listScroll = 0
        let listed = listedArticles
        if !listed.contains(current), let first = listed.first { current = first }
        moveListSelection(by: 0)
        if listed.isEmpty { message = "No article matches \(query)" }
    }

    mutating func clearListFilter() {
        listFilter = ""
        moveListSelection(by: 0)
    }

    mutating func openArticle(_ n: Int) {
        guard articles.indices.contains(n) else { return }
        current = n
        screen = .article
        search = SearchState()
        syncQuoteSelectionToBody()
    }

    mutating func back() {
        if search.match != nil && screen == .article {
            search = SearchState()
        }
        guard screen == .article, hasList else {
            if !hasList { message = "Only one article is open" }
            return
        }
        if let people, people.openedArticle == current {
            screen = .people
            return
        }
        if library != nil {
            screen = .library
            return
        }
        screen = .list
        moveListSelection(by: 0)
    }

    mutating func switchArticle(by step: Int) {
        guard screen == .article else {
            moveListSelection(by: step)
            return
        }
        var listed = listedArticles
        if !listed.contains(current) { listed = Array(articles.indices) }
        guard let here = listed.firstIndex(of: current), listed.indices.contains(here + step) else {
            message = step > 0 ? "This is the last article" : "This is the first article"
            return
        }
        let n = listed[here + step]
        openArticle(n)
        message = "Article \(n + 1) of \(articles.count)"
    }

    /// Re-lays out for a new size, keeping the sentence that was at the top on top.
    mutating func resize(width w: Int, height h: Int) {
        let anchor: Int? = article.map { a in
            if let doc = a.document, let sentence = doc.sentenceIndex(at: a.top) {
                return doc.sentences[sentence].start
            }
            return a.top
        }
        width = max(0, w)
        height = max(0, h)
        if case .single = layout.kind, focus != .body { sideTab = focus }
        guard screen == .article, let offset = anchor, let l = bodyLayout else { return }
        setTopLine(l.line(containing: offset))
        for pane in Pane.side where article?.cursors[pane] != nil {
            setSelection(article!.cursor(pane).selected, in: pane)
        }
    }
}
