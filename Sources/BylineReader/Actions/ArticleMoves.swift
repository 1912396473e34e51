/// The article list and moving between articles; each article keeps its own position.
extension ReaderState {
    mutating func moveListSelection(by delta: Int) {
        guard !articles.isEmpty else { return }
        let target = delta > 0 ? (current > Int.max - delta ? Int.max : current + delta)
                               : (current < Int.min - delta ? Int.min : current + delta)
        current = max(0, min(articles.count - 1, target))
        let visible = ArticleList.visibleRows(height: height)
        if current < listScroll { listScroll = current }
        if current >= listScroll + visible { listScroll = current - visible + 1 }
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
        guard screen == .article, articles.count > 1 else {
            if articles.count <= 1 { message = "Only one article is open" }
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
        let n = current + step
        guard articles.indices.contains(n) else {
            message = step > 0 ? "This is the last article" : "This is the first article"
            return
        }
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
