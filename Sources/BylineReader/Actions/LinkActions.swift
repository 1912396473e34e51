import BylineCore

/// `v` and the links list: moving in it, opening a link as a new article (fetched by the app
/// as an effect), and what comes back from the fetch.
extension ReaderState {
    /// Opens the links list; closing it is `applyToLinks`'s, which sees `v` first while it is shown.
    mutating func toggleLinks() {
        guard screen == .article, let a = article else {
            message = "Open an article to list its links"
            return
        }
        guard !a.text.links.isEmpty else {
            message = a.text.format == .text ? "No links: this article is plain text" : "This article has no links"
            return
        }
        linksView = PaneCursor()
    }

    /// While the list is shown, movement moves its selection, Enter opens the link, and `v`,
    /// Esc, `h` or `q` close it; `Q` still quits. Returns nil when the action is not the list's
    /// (background results, suspend, help), else the effects it asks for.
    mutating func applyToLinks(_ action: Action) -> [Effect]? {
        guard var view = linksView, screen == .article, let links = article?.text.links, !links.isEmpty else {
            linksView = nil
            return nil
        }
        let page = max(1, LinksOverlay.visibleRows(height: height))
        switch action.role {
        case .background, .suspend, .help: return nil
        case .move(let move):
            switch move {
            case .lineDown: view.selected += 1
            case .lineUp: view.selected -= 1
            case .pageDown, .halfPageDown: view.selected += page
            case .pageUp, .halfPageUp: view.selected -= page
            case .top: view.selected = 0
            case .bottom: view.selected = links.count - 1
            }
            view.select(max(0, min(view.selected, links.count - 1)), visibleRows: page)
            linksView = view
        case .activate: return openLink(links[max(0, min(view.selected, links.count - 1))])
        case .links, .dismiss: linksView = nil
        case .quit: return [.quit]
        case .other: break
        }
        return []
    }

    /// Opens a link: an article already open is shown again; a web address is fetched.
    mutating func openLink(_ link: PageLink) -> [Effect] {
        guard link.isWebAddress else {
            message = "Not a web page: \(link.href)"
            return []
        }
        linksView = nil
        if let n = articles.firstIndex(where: { $0.text.path == link.href || $0.text.pageMetadata?.url == link.href }) {
            openArticle(n)
            message = "Already open: article \(n + 1) of \(articles.count)"
            return []
        }
        guard !fetching.contains(link.href) else {
            message = "Still fetching \(link.href)"
            return []
        }
        fetching.append(link.href)
        message = "Fetching \(link.href)…"
        return [.openPage(link.href)]
    }

    /// A fetched page becomes the last article, to be analysed, and is shown, unless the user
    /// is busy in the editor or the help, where it only waits in the list.
    mutating func pageOpened(url: String, _ loaded: LoadedArticle) -> [Effect] {
        fetching.removeAll { $0 == url }
        articles.append(ArticleState(text: ArticleText(loaded)))
        let n = articles.count - 1
        if editorSession != nil || helpVisible {
            message = "Opened \(articles[n].title) as article \(n + 1); J shows it"
            return [.analyze(article: n)]
        }
        linksView = nil
        openArticle(n)
        focus = .body
        message = "Opened article \(n + 1) of \(articles.count) (h lists them)"
        return [.analyze(article: n)]
    }

    mutating func pageFailed(url: String, reason: String) {
        fetching.removeAll { $0 == url }
        message = reason
    }
}
