/// `/` incremental search: each keystroke searches again from where the view was when the
/// prompt opened; Enter keeps the match, Escape returns to where the user was; n/N move on.
/// The status line says which match of how many is shown, and when the search went round.
/// On the article list, `/` filters the list by title, site and author instead.
extension ReaderState {
    mutating func startSearch() {
        if screen == .list {
            search = SearchState()
            search.editing = true
            search.query = listFilter
            return
        }
        guard let a = article else { return }
        search = SearchState()
        search.editing = true
        search.origin = a.top
    }

    mutating func editSearch(_ edit: (inout String) -> Void) {
        guard search.editing else { return }
        if screen == .list {
            edit(&search.query)
            filterList(search.query)
            return
        }
        guard let a = article else { return }
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
            announceMatch(found.range, wrapped: found.wrapped, forward: true)
        } else {
            search.match = nil
            message = "Not found: \(search.query)"
        }
    }

    mutating func confirmSearch() {
        search.editing = false
        if screen == .list {
            search = SearchState()
            if !listFilter.isEmpty { message = "Esc shows every article again" }
            return
        }
        if search.match == nil && !search.query.isEmpty { message = "Not found: \(search.query)" }
    }

    mutating func cancelSearch() {
        let origin = search.origin
        search = SearchState()
        if screen == .list {
            clearListFilter()
            return
        }
        withArticle { $0.top = origin }
        syncQuoteSelectionToBody()
    }

    mutating func searchAgain(forward: Bool) {
        guard screen == .article, let a = article else {
            message = "/ filters the list; n and N search in an article"
            return
        }
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
        announceMatch(found.range, wrapped: found.wrapped, forward: forward)
    }

    /// "Match 3 of 17", and when the search went round the end, which way it wrapped.
    private mutating func announceMatch(_ range: Range<Int>, wrapped: Bool, forward: Bool) {
        guard let a = article else { return }
        let (number, total) = TextSearch.position(of: range, search.query, in: a.text.scalars)
        message = "Match \(number) of \(total)"
        if wrapped { message! += forward ? " · wrapped to the top" : " · wrapped to the bottom" }
    }

    private mutating func revealMatch(_ range: Range<Int>) {
        reveal(range)
        syncQuoteSelectionToBody()
    }
}
