import BylineCore

/// The reader's one state transition: pure, so every behaviour is a test of a value in and a
/// value out. Effects the app must perform (quit, suspend, open the editor) come back in
/// `effects`.
public func reduce(_ state: ReaderState, _ action: Action) -> ReaderState {
    var s = state
    s.apply(action)
    return s
}

extension ReaderState {
    mutating func apply(_ action: Action) {
        switch action {
        case .analysisProgress, .analysisFinished, .setAnnotations, .resize, .annotationsLoaded, .annotationOrphans, .pageOpened:
            break
        default:
            message = nil
        }
        if helpVisible, applyToHelp(action) { return }
        if linksView != nil, applyToLinks(action) { return }
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .halfPageDown: move(by: max(1, pageSize / 2))
        case .halfPageUp: move(by: -max(1, pageSize / 2))
        case .pageDown: move(by: max(1, pageSize - 1))
        case .pageUp: move(by: -max(1, pageSize - 1))
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .focusBody: focus(.body)
        case .focusEntities: focus(.entities)
        case .focusQuotes: focus(.quotes)
        case .focusSources: focus(.sources)
        case .focusClaims: focus(.claims)
        case .activate:
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
        case .back: back()
        case .nextArticle: switchArticle(by: 1)
        case .previousArticle: switchArticle(by: -1)
        case .annotate: annotate()
        case .showLinks: toggleLinks()
        case .pageOpened(let url, let opened): pageOpened(url: url, opened)
        case .pageFailed(let url, let reason): pageFailed(url: url, reason: reason)
        case .help:
            helpVisible = true
            helpScroll = 0
        case .cancel: cancel()
        case .quit: effects.append(.quit)
        case .suspend: effects.append(.suspend)
        case .resize(let w, let h): resize(width: w, height: h)
        case .click(let x, let y): click(x: x, y: y)
        case .wheel(let up, let x, let y): wheel(up: up, x: x, y: y)
        case .analysisProgress(let n, let p):
            if articles.indices.contains(n) { articles[n].progress = p }
        case .analysisFinished(let n, let analysis, let document):
            finishAnalysis(article: n, analysis, document)
        case .setAnnotations(let n, let list):
            if articles.indices.contains(n) {
                articles[n].annotations = Dictionary(list.map { ($0.claimID, $0) }, uniquingKeysWith: { _, b in b })
                articles[n].annotationCount = list.count
            }
        case .editorKey(let key): editorKey(key)
        case .annotationSaved(let n, let claimID, let annotation): annotationSaved(article: n, claimID: claimID, annotation)
        case .annotationsLoaded(let n, let placements):
            annotationsLoaded(article: n, placements.map { ($0.range, $0.annotation) })
        case .annotationFailed(let why): message = "Annotation store: \(why)"
        case .undoAnnotation: undoAnnotation()
        case .annotationDeleted(_, let a): message = a == nil ? "Already deleted" : "Annotation deleted (u undoes)"
        case .annotationUndone(_, let result): annotationUndone(result)
        case .annotationOrphans(let n, let orphans):
            if articles.indices.contains(n) { articles[n].orphanAnnotations = orphans }
            if n == current {
                message = "\(orphans.count) annotation(s) of an earlier version could not be placed: byline annotations list shows them"
            }
        }
    }

    /// While help is shown, movement scrolls it and its keys close it; returns true when the
    /// action was taken by the overlay.
    private mutating func applyToHelp(_ action: Action) -> Bool {
        let lines = HelpOverlay.lineCount
        switch action {
        case .moveDown: helpScroll += 1
        case .moveUp: helpScroll -= 1
        case .pageDown, .halfPageDown: helpScroll += max(1, height / 2)
        case .pageUp, .halfPageUp: helpScroll -= max(1, height / 2)
        case .top: helpScroll = 0
        case .bottom: helpScroll = lines
        case .help, .cancel, .quit: helpVisible = false
        case .resize, .analysisProgress, .analysisFinished, .setAnnotations, .suspend, .annotationSaved, .annotationsLoaded,
             .annotationFailed, .annotationDeleted, .annotationUndone, .annotationOrphans, .pageOpened, .pageFailed: return false
        default: return true
        }
        helpScroll = max(0, min(helpScroll, lines - 1))
        return true
    }

    /// Rows a page move covers in the focused part of the screen.
    var pageSize: Int {
        switch screen {
        case .list: return max(1, ArticleList.visibleRows(height: height))
        case .article:
            if focus == .body { return layout.bodyMetrics.height }
            return paneHeight(focus)
        }
    }

    /// Moves what has focus: the body scrolls, a side pane or the list moves its selection.
    mutating func move(by delta: Int) {
        switch screen {
        case .list: moveListSelection(by: delta)
        case .article:
            if focus == .body {
                scrollBody(by: delta)
            } else {
                moveSelection(in: focus, by: delta)
            }
        }
    }

    private mutating func finishAnalysis(article n: Int, _ analysis: Analysis, _ document: Document?) {
        guard articles.indices.contains(n) else { return }
        articles[n].setAnalysis(analysis, document: document)
        if n == current { syncQuoteSelectionToBody() }
    }

    private mutating func cancel() {
        if search.editing {
            cancelSearch()
            return
        }
        search = SearchState()
        withArticle {
            $0.mark = nil
            $0.speakerFilter = nil
        }
    }

}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
