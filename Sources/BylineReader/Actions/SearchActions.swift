/// `/` incremental search: each keystroke searches again from where the view was when the
/// prompt opened; Enter keeps the match, Escape returns to where the user was; n/N move on.
extension ReaderState {
    mutating func startSearch() {
        guard screen == .article, let a = article else { return }
        search = SearchState()
        search.editing = true
        search.origin = a.top
    }

    mutating func editSearch(_ edit: (inout String) -> Void) {
        guard search.editing, let a = article else { return }
        edit(&search.query)
        let origin = search.origin
        guard !search.query.isEmpty else {
            search.match = nil
            withArticle { $0.top = origin }
            return
        }
        if let found = TextSearch.find(search.query, in: a.text.scalars, from: search.origin, forward: true) {
            search.match = found.range
            withArticle { $0.top = origin }
            revealMatch(found.range)
        } else {
            search.match = nil
            message = "Not found: \(search.query)"
        }
    }

    mutating func confirmSearch() {
        search.editing = false
        if search.match == nil && !search.query.isEmpty { message = "Not found: \(search.query)" }
    }

    mutating func cancelSearch() {
        let origin = search.origin
        search = SearchState()
        withArticle { $0.top = origin }
        syncQuoteSelectionToBody()
    }

    mutating func searchAgain(forward: Bool) {
        guard screen == .article, let a = article else { return }
        guard !search.query.isEmpty else {
            message = "No search yet: press / to search"
            return
        }
        let from = search.match.map { forward ? $0.lowerBound + 1 : $0.lowerBound } ?? a.top
        guard let found = TextSearch.find(search.query, in: a.text.scalars, from: from, forward: forward) else {
            message = "Not found: \(search.query)"
            return
        }
        search.match = found.range
        revealMatch(found.range)
        if found.wrapped { message = forward ? "Search wrapped to the top" : "Search wrapped to the bottom" }
    }

    private mutating func revealMatch(_ range: Range<Int>) {
        reveal(range)
        syncQuoteSelectionToBody()
    }
}
