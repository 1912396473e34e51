import BylineCore

/// The reader's one state transition: pure, so every behaviour is a test of a value in and a
/// value out. What the app must do afterwards (quit, save, load, fetch) comes back as effects,
/// as bubbletea's `Update` returns a `Cmd`; the state never holds a request.
public func reduce(_ state: ReaderState, _ action: Action) -> (state: ReaderState, effects: [Effect]) {
    var s = state
    let effects = s.apply(action)
    return (s, effects)
}

extension ReaderState {
    /// Applies `action` in place and returns the effects it asks for.
    mutating func apply(_ action: Action) -> [Effect] {
        if !action.isBackground { message = nil }
        if !action.isBackground, !action.acceptsCopyOffer { copyOffer = nil }
        if helpVisible, let taken = applyToHelp(action) { return taken }
        if linksView != nil, let taken = applyToLinks(action) { return taken }
        if screen == .library, let taken = applyToLibrary(action) { return taken }
        if screen == .people, let taken = applyToPeople(action) { return taken }
        switch action {
        case .moveDown: return move(by: 1)
        case .moveUp: return move(by: -1)
        case .halfPageDown: return move(by: max(1, pageSize / 2))
        case .halfPageUp: return move(by: -max(1, pageSize / 2))
        case .pageDown: return move(by: max(1, pageSize - 1))
        case .pageUp: return move(by: -max(1, pageSize - 1))
        case .top: return move(by: Int.min / 2)
        case .bottom: return move(by: Int.max / 2)
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .focusBody: focus(.body)
        case .focusEntities: focus(.entities)
        case .focusQuotes: focus(.quotes)
        case .focusSources: focus(.sources)
        case .focusClaims: focus(.claims)
        case .activate:
            if screen == .library { return activateLibrary() }
            if screen == .people { return activatePeople() }
            if screen == .article && focus == .body { openAnnotationInView() } else { activate() }
        case .toggleQuoteGrouping: toggleQuoteGrouping()
        case .nextQuote: jumpQuote(.next)
        case .previousQuote: jumpQuote(.previous)
        case .nextSpeaker: jumpQuote(.nextSpeaker)
        case .previousSpeaker: jumpQuote(.previousSpeaker)
        case .cycleSpeakerQuotes: jumpQuote(.sameSpeaker)
        case .toggleSpeakerFilter: toggleSpeakerFilter()
        case .search: startSearch()
        case .searchNext: searchAgain(forward: true)
        case .searchPrevious: searchAgain(forward: false)
        case .searchInput(let text): editSearch { $0 += text }
        case .searchDeleteBackward: editSearch { if !$0.isEmpty { $0.removeLast() } }
        case .searchConfirm: confirmSearch()
        case .back:
            if screen == .library { _ = libraryBack() } else if screen == .people { peopleBack() } else { back() }
        case .nextArticle: switchArticle(by: 1)
        case .previousArticle: switchArticle(by: -1)
        case .annotate: annotate()
        case .showLinks: toggleLinks()
        case .pageOpened(let url, let opened): return pageOpened(url: url, opened)
        case .pageFailed(let url, let reason): pageFailed(url: url, reason: reason)
        case .help:
            helpVisible = true
            helpScroll = 0
        case .cancel: cancel()
        case .close: return close()
        case .quit: return [.quit]
        case .suspend: return [.suspend]
        case .updateFeed: return updateFeeds(all: false)
        case .updateAllFeeds: return updateFeeds(all: true)
        case .nextUnread: return nextUnread()
        case .toggleRead: return toggleRead()
        case .toggleStar: return toggleStar()
        case .markAllRead: return markAllRead()
        case .library(let event): return applyLibrary(event)
        case .showPeople: return showPeople()
        case .nextQuoteElsewhere: return nextQuoteElsewhere()
        case .people(let event): return applyPeople(event)
        case .resize(let w, let h): resize(width: w, height: h)
        case .click(let x, let y): click(x: x, y: y)
        case .wheel(let up, let x, let y): wheel(up: up, x: x, y: y)
        case .analysisProgress(let n, let p):
            if articles.indices.contains(n) { articles[n].progress = p }
        case .analysisFinished(let n, let analysis, let document):
            return finishAnalysis(article: n, analysis, document)
        case .setAnnotations(let n, let list):
            if articles.indices.contains(n) {
                articles[n].annotations = Dictionary(list.map { ($0.claimID, $0) }, uniquingKeysWith: { _, b in b })
                articles[n].annotationCount = list.count
            }
        case .editorKey(let key): return editorKey(key)
        case .annotationSaved(let n, let claimID, let annotation): return annotationSaved(article: n, claimID: claimID, annotation)
        case .otherReportsFound(let n, let annotation, let reports): offerOtherReports(article: n, annotation, reports)
        case .copyToOtherReports: return copyToOtherReports()
        case .annotationCopied(let count): annotationCopied(count)
        case .annotationsLoaded(let n, let placements):
            annotationsLoaded(article: n, placements.map { ($0.range, $0.annotation) })
        case .annotationFailed(let why): message = "Annotation store: \(why)"
        case .undoAnnotation: return undoAnnotation()
        case .annotationDeleted(let n, let a):
            message = a == nil ? "Already deleted" : "Annotation deleted (u undoes)"
            return reloadAnnotations(article: n)
        case .annotationUndone(let n, let result):
            annotationUndone(result)
            return reloadAnnotations(article: n)
        case .annotationOrphans(let n, let orphans):
            if articles.indices.contains(n) { articles[n].orphanAnnotations = orphans }
            if n == current {
                message = orphans.count == 1
                    ? "1 annotation of an earlier version could not be placed: byline annotations list shows it"
                    : "\(orphans.count) annotations of an earlier version could not be placed: byline annotations list shows them"
            }
        }
        return []
    }

    /// While help is shown, movement scrolls it, `?`, Esc, `q` and `h` close it and `Q` still
    /// quits; other keys do nothing. Returns nil when the action is not the overlay's
    /// (background results, suspend), else the effects it asks for.
    private mutating func applyToHelp(_ action: Action) -> [Effect]? {
        let rows = HelpOverlay.rowCount(width: width)
        switch action.role {
        case .background, .suspend: return nil
        case .move(let move):
            switch move {
            case .lineDown: helpScroll += 1
            case .lineUp: helpScroll -= 1
            case .pageDown, .halfPageDown: helpScroll += max(1, height / 2)
            case .pageUp, .halfPageUp: helpScroll -= max(1, height / 2)
            case .top: helpScroll = 0
            case .bottom: helpScroll = rows
            }
            helpScroll = max(0, min(helpScroll, rows - 1))
        case .help, .dismiss: helpVisible = false
        case .quit: return [.quit]
        case .links, .activate, .other: break
        }
        return []
    }

    /// Rows a page move covers in the focused part of the screen.
    var pageSize: Int {
        switch screen {
        case .list: return max(1, ArticleList.visibleRows(height: height))
        case .library: return libraryVisibleRows
        case .people: return peopleVisibleRows
        case .article:
            if focus == .body { return layout.bodyMetrics.height }
            return paneHeight(focus)
        }
    }

    /// Moves what has focus: the body scrolls, a side pane or the list moves its selection.
    mutating func move(by delta: Int) -> [Effect] {
        switch screen {
        case .library: return moveLibrarySelection(by: delta)
        case .people: return movePeopleSelection(by: delta)
        case .list: moveListSelection(by: delta)
        case .article:
            if focus == .body {
                scrollBody(by: delta)
            } else {
                moveSelection(in: focus, by: delta)
            }
        }
        return []
    }

    /// `q`: an article opened from the list closes back to the list; otherwise the reader quits.
    private mutating func close() -> [Effect] {
        if screen == .library { return libraryBack() ? [] : [.quit] }
        if screen == .people {
            peopleBack()
            return []
        }
        guard screen == .article, hasList else { return [.quit] }
        back()
        return []
    }

    mutating func finishAnalysis(article n: Int, _ analysis: Analysis, _ document: Document?) -> [Effect] {
        guard articles.indices.contains(n) else { return [] }
        articles[n].setAnalysis(analysis, document: document)
        if n == current { syncQuoteSelectionToBody() }
        return reloadAnnotations(article: n)
    }

    /// Annotations are found once an article's claims are known, and again after the store
    /// changed them behind the reader's back (a delete, an undo).
    private func reloadAnnotations(article n: Int) -> [Effect] {
        guard annotationEditorAvailable, articles[safe: n]?.analysis != nil else { return [] }
        return [.loadAnnotations(article: n)]
    }

    private mutating func cancel() {
        if search.editing {
            cancelSearch()
            return
        }
        search = SearchState()
        if screen == .list {
            clearListFilter()
            return
        }

        withArticle {
            $0.mark = nil
            $0.speakerFilter = nil
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
