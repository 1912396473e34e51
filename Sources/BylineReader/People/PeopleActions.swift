import BylineCore
import BylineStore

/// The people view's moves: open it from anywhere on the library (`p`), list an identity's
/// quotes (Enter), open an article at a quote (Enter), go back (`q`), and jump to the current
/// speaker's quote in the next article (`S`). Every read of the index is an `Effect.people`.
extension ReaderState {
    var peopleVisibleRows: Int { PeopleList.visibleRows(height: height) }

    /// `p`: the people view, read afresh (counts change as articles arrive).
    mutating func showPeople() -> [Effect] {
        guard library != nil else {
            message = "The people view reads the library (byline with no file); byline people FILES… lists the people of files"
            return []
        }
        guard screen != .people else { return [] }
        var people = self.people ?? PeopleBrowser()
        people.returnTo = screen
        people.level = .people
        people.person = nil
        people.quotes = []
        search = SearchState()
        screen = .people
        return reloadPeople(&people)
    }

    /// Reads the list of identities again from the top (opened, or filtered).
    mutating func reloadPeople(_ people: inout PeopleBrowser) -> [Effect] {
        people.generation += 1
        people.loading = true
        people.people = []
        people.count = nil
        people.cursor = 0
        people.scroll = 0
        self.people = people
        return [.people(.loadPeople(offset: 0, limit: PeopleBrowser.pageSize, filter: people.filter.isEmpty ? nil : people.filter,
                                    generation: people.generation))]
    }

    /// Moves the cursor of the list shown; near the end of what is read, the next page is asked for.
    mutating func movePeopleSelection(by delta: Int) -> [Effect] {
        guard var people else { return [] }
        defer { self.people = people }
        let visible = peopleVisibleRows
        func clamped(_ value: Int, _ count: Int) -> Int {
            let target = delta > 0 ? (value > Int.max - delta ? Int.max : value + delta) : (value < Int.min - delta ? Int.min : value + delta)
            return max(0, min(count - 1, target))
        }
        switch people.level {
        case .people:
            guard !people.people.isEmpty else { return [] }
            people.cursor = clamped(people.cursor, people.people.count)
            people.scroll = Self.scrolled(people.scroll, cursor: people.cursor, visible: visible, count: people.people.count)
            guard !people.loading, people.people.count < (people.count ?? 0),
                  people.cursor + visible + PeopleBrowser.pageSize / 2 >= people.people.count else { return [] }
            people.loading = true
            return [.people(.loadPeople(offset: people.people.count, limit: PeopleBrowser.pageSize,
                                        filter: people.filter.isEmpty ? nil : people.filter, generation: people.generation))]
        case .quotes:
            guard !people.quotes.isEmpty, let person = people.person else { return [] }
            people.quoteCursor = clamped(people.quoteCursor, people.quotes.count)
            people.quoteScroll = Self.scrolled(people.quoteScroll, cursor: people.quoteCursor, visible: visible, count: people.quotes.count)
            guard !people.loading, !people.quotesComplete,
                  people.quoteCursor + visible + PeopleBrowser.pageSize / 2 >= people.quotes.count else { return [] }
            people.loading = true
            return [.people(.loadQuotes(identityID: person.id, after: people.quotes.last, limit: PeopleBrowser.pageSize,
                                        generation: people.generation))]
        }
    }

    /// Enter: an identity lists its quotes; a quote opens its article there.
    mutating func activatePeople() -> [Effect] {
        guard var people else { return [] }
        switch people.level {
        case .people:
            guard let person = people.selectedPerson else { return [] }
            people.level = .quotes
            people.person = person
            people.quotes = []
            people.quotesComplete = false
            people.quoteCursor = 0
            people.quoteScroll = 0
            people.generation += 1
            people.loading = true
            self.people = people
            return [.people(.loadQuotes(identityID: person.id, after: nil, limit: PeopleBrowser.pageSize, generation: people.generation))]
        case .quotes:
            guard let quote = people.selectedQuote else { return [] }
            return openQuote(quote, fromPeople: true)
        }
    }

    /// Opens the library item holding `quote` with the quote marked: at once when it is open
    /// already, else once the library has read it (`itemOpened` calls `applyPendingJump`).
    mutating func openQuote(_ quote: PersonQuote, fromPeople: Bool) -> [Effect] {
        guard var lib = library, let itemID = quote.itemID else {
            message = "That article is no longer in the library"
            return []
        }
        people?.pendingJump = PendingJump(itemID: itemID, range: quote.range, fromPeople: fromPeople)
        lib.openItem = itemID
        library = lib
        if let n = lib.opened[itemID], articles.indices.contains(n) {
            openArticle(n)
            focus = .body
            applyPendingJump(itemID: itemID)
            return []
        }
        message = "Opening \(quote.outlet ?? "the article")…"
        return [.library(.open(itemID: itemID))]
    }

    /// After an item opened: marks the quote the people view asked for, and remembers the
    /// article as opened from there.
    mutating func applyPendingJump(itemID: Int64) {
        guard let jump = people?.pendingJump, jump.itemID == itemID, screen == .article else { return }
        people?.pendingJump = nil
        people?.openedArticle = jump.fromPeople ? current : nil
        let quote = article?.analysis?.quotes.firstIndex { $0.content.start == jump.range.lowerBound }
        markAndReveal(Mark(range: jump.range, item: quote.map { .quote($0) } ?? .search))
        if let q = quote, let index = article?.index { message = "Quote by \(index.speakerName(ofQuote: q))" }
    }

    /// `S`: the current speaker's quote in the next article that quotes them.
    mutating func nextQuoteElsewhere() -> [Effect] {
        guard library != nil else {
            message = "S jumps across the library's articles (byline with no file)"
            return []
        }
        guard screen == .article, let a = article, let analysis = a.analysis, let q = currentQuote, analysis.quotes.indices.contains(q) else {
            message = "No quote here to follow"
            return []
        }
        return [.people(.nextQuote(documentID: analysis.document.id, start: analysis.quotes[q].content.start))]
    }

    /// `q`/`h` on the people view: the quotes go back to the people, the people to where `p` was pressed.
    mutating func peopleBack() {
        guard var people else { return }
        defer { self.people = people }
        if people.level == .quotes {
            people.level = .people
            people.person = nil
            people.quotes = []
            people.generation += 1
            people.loading = false
            return
        }
        screen = people.returnTo == .article && article != nil ? .article : (library != nil ? .library : .list)
    }

    /// An event from the people backend.
    mutating func applyPeople(_ event: PeopleEvent) -> [Effect] {
        switch event {
        case .peopleLoaded(let offset, let rows, let count, let generation):
            guard var people, people.generation == generation else { return [] }
            people.loading = false
            people.count = count
            people.people = Array(people.people.prefix(offset)) + rows
            people.cursor = max(0, min(people.cursor, people.people.count - 1))
            people.scroll = Self.scrolled(people.scroll, cursor: people.cursor, visible: peopleVisibleRows, count: people.people.count)
            self.people = people
            if count == 0 {
                message = people.filter.isEmpty ? "Nobody quoted yet: the index fills as analysed articles arrive" : "Nobody matches \(people.filter)"
            }
        case .quotesLoaded(let id, let rows, let appended, let generation):
            guard var people, people.generation == generation, people.person?.id == id else { return [] }
            people.loading = false
            people.quotes = appended ? people.quotes + rows : rows
            people.quotesComplete = rows.count < PeopleBrowser.pageSize
            people.quoteCursor = max(0, min(people.quoteCursor, people.quotes.count - 1))
            self.people = people
        case .nextQuote(let from, let next):
            guard from != nil else {
                message = "This quote's speaker is not in the people index"
                return []
            }
            guard let next else {
                message = "No other article quotes this speaker"
                return []
            }
            if people == nil { people = PeopleBrowser() }
            let effects = openQuote(next, fromPeople: false)
            if effects.isEmpty || message?.hasPrefix("Opening") == true {
                message = "\(next.said) in \(next.outlet ?? "another article")"
            }
            return effects
        case .failed(let why):
            people?.loading = false
            message = "People: \(why)"
        }
        return []
    }

    /// `/`, the mouse and the like on the people view: `/` filters the people by name as it is
    /// typed (read again from the index), Esc shows everyone; the wheel moves, a click selects.
    mutating func applyToPeople(_ action: Action) -> [Effect]? {
        switch action {
        case .search:
            guard people?.level == .people else { return [] }
            search = SearchState()
            search.editing = true
            search.query = people?.filter ?? ""
            return []
        case .searchInput(let text) where search.editing:
            search.query += text
            return filterPeople(search.query)
        case .searchDeleteBackward where search.editing:
            guard !search.query.isEmpty else { return [] }
            search.query.removeLast()
            return filterPeople(search.query)
        case .searchConfirm:
            search = SearchState()
            if people?.filter.isEmpty == false { message = "Esc shows everyone again" }
            return []
        case .cancel:
            search = SearchState()
            return people?.filter.isEmpty == false && people?.level == .people ? filterPeople("") : []
        case .wheel(let up, _, _):
            return movePeopleSelection(by: up ? -ReaderState.wheelStep : ReaderState.wheelStep)
        case .click(_, let y):
            guard let people, let row = PeopleList.row(atY: y, height: height) else { return [] }
            let top = people.level == .people ? people.scroll : people.quoteScroll
            let here = people.level == .people ? people.cursor : people.quoteCursor
            return movePeopleSelection(by: top + row - here)
        default:
            return nil
        }
    }

    private mutating func filterPeople(_ query: String) -> [Effect] {
        guard var people else { return [] }
        people.filter = query
        return reloadPeople(&people)
    }
}
