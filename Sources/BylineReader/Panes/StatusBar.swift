/// The bottom line: the search prompt while typing, else the article, position, focused pane
/// and analysis progress; the last message on the right.
enum StatusBar {
    static func render(_ state: ReaderState, rect: Rect, into buffer: inout Buffer) {
        guard rect.height > 0 else { return }
        buffer.fill(rect, role: .uiStatus)
        var x = rect.x
        let end = rect.maxX
        var messageWidth = 0
        if let message = state.message {
            messageWidth = min(Sanitizer.width(of: message) + 2, max(0, rect.width - 12))
        }
        let room = rect.width - messageWidth
        if state.search.editing {
            // The end of a long query shows, where the typing is.
            x += buffer.write("/" + Sanitizer.clip(ending: state.search.query, width: room - 2), x: x, y: rect.y,
                              maxWidth: max(0, room - 1), role: .uiSearch)
            x += buffer.write(" ", x: x, y: rect.y, maxWidth: end - x, role: .editorCursor)
        } else {
            let (title, rest) = summary(state)
            let titleRoom = max(8, room - Sanitizer.width(of: rest) - 4)
            let line = " " + Sanitizer.clip(title, width: titleRoom - 1) + " · " + rest
            x += buffer.write(Sanitizer.clip(line, width: room), x: x, y: rect.y, maxWidth: room, role: .uiStatus)
        }
        if let message = state.message, messageWidth > 0 {
            let mx = max(x, end - messageWidth)
            buffer.write(" " + Sanitizer.clip(message, width: messageWidth - 2) + " ", x: mx, y: rect.y,
                         maxWidth: end - mx, role: .uiStatus)
        }
    }

    /// The article title and the rest of the status line, so the title can be shortened.
    static func summary(_ state: ReaderState) -> (String, String) {
        if state.screen == .library, let lib = state.library { return LibraryList.summary(lib, state) }
        if state.screen == .people, let people = state.people { return PeopleList.summary(people, state) }
        guard let a = state.article else { return ("no article", "") }
        if state.screen == .list {
            return (SidePane.plural(state.articles.count, "article"), "\(state.current + 1)/\(state.articles.count) · \(progress(state))")
        }
        let metrics = state.layout.bodyMetrics
        let body = a.text.layout(width: metrics.width)
        let line = body.line(containing: a.top)
        let total = max(1, body.count)
        let percent = body.count <= metrics.height ? 100 : min(100, (line * 100) / max(1, total - metrics.height))
        var parts = ["\(line + 1)/\(total) \(percent)%", state.focus.title]
        if let f = a.speakerFilter, let name = a.index?.speakers.first(where: { $0.key == f })?.name { parts.append("only \(name)") }
        if state.articles.count > 1 { parts.append("article \(state.current + 1)/\(state.articles.count)") }
        parts.append(progress(state))
        if let key = helpKey(state) { parts.append("\(key) help") }
        return (a.title, parts.joined(separator: " · "))
    }

    /// The first key bound to the help overlay, for the "? help" hint; nil when unbound.
    static func helpKey(_ state: ReaderState) -> String? {
        guard let keys = state.keyHelp["help"] else { return Keymap.default.keys(for: "help").first }
        return keys.split(separator: ",").first.map(String.init)
    }

    static func progress(_ state: ReaderState) -> String {
        var analysis = analysisProgress(state)
        if let update = state.library?.update {
            analysis = "updating feeds \(update.done)/\(update.total)…" + (state.screen == .article ? " · " + analysis : "")
        }
        guard !state.fetching.isEmpty else { return analysis }
        let pages = state.fetching.count == 1 ? "1 page" : "\(state.fetching.count) pages"
        return "fetching \(pages)… · " + analysis
    }

    static func analysisProgress(_ state: ReaderState) -> String {
        if state.screen == .list {
            let done = state.articles.filter { $0.progress == .done }.count
            return done == state.articles.count ? "analysed" : "analysed \(done)/\(state.articles.count)"
        }
        switch state.article?.progress ?? .waiting {
        case .waiting: return "analysis queued"
        case .structuring: return "analysing 1/2: sentences"
        case .analysing: return "analysing 2/2: entities, quotes"
        case .done:
            let a = state.article?.analysis
            return "\(SidePane.plural(a?.quotes.count ?? 0, "quote")), \(SidePane.plural(a?.claims.count ?? 0, "claim"))"
        }
    }
}
