/// Draws a whole `ReaderState` into a `Buffer` of the given size. Pure: same state and size,
/// same buffer, which is what the snapshot tests rely on.
public enum ReaderView {
    public static func render(_ state: ReaderState, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        let layout = state.layout(width: width, height: height)
        if layout.kind == .tooSmall {
            tooSmall(width: width, height: height, into: &buffer)
            return buffer
        }
        var sized = state
        sized.width = width
        sized.height = height
        switch state.screen {
        case .list:
            ArticleList.render(sized, width: width, height: height, into: &buffer)
        case .library:
            if let library = state.library { LibraryList.render(library, sized, width: width, height: height, into: &buffer) }
        case .people:
            if let people = state.people { PeopleList.render(people, width: width, height: height, into: &buffer) }
        case .article:
            if let a = state.article { article(sized, a, layout, into: &buffer) }
        }
        if let session = state.editorSession, state.screen == .article, session.article == state.current {
            editor(session, sized, layout, into: &buffer)
        }
        if let links = state.linksView, state.screen == .article {
            LinksOverlay.render(sized, links, width: width, height: height, into: &buffer)
        }
        StatusBar.render(sized, rect: layout.status, into: &buffer)
        if state.helpVisible { HelpOverlay.render(sized, width: width, height: height, into: &buffer) }
        return buffer
    }

    private static func article(_ state: ReaderState, _ a: ArticleState, _ layout: ScreenLayout, into buffer: inout Buffer) {
        let counts = SidePane.counts(a)
        if let bar = layout.tabBar {
            let panes = TabBar.panes(for: layout.kind)
            let active = layout.kind == .single ? state.focus : state.sideTab
            TabBar.render(panes, active: active, counts: counts, focused: state.focus == active, rect: bar, into: &buffer)
        }
        if let sep = layout.separator { PaneChrome.separator(sep, into: &buffer) }
        BodyPane.render(state, a, layout: layout, into: &buffer)
        for pane in Pane.side {
            guard let rect = layout.panes[pane] else { continue }
            if layout.kind == .wide, let title = layout.titles[pane] {
                PaneChrome.title(TabBar.label(pane, count: counts[pane]), rect: title, focused: state.focus == pane, into: &buffer)
            }
            SidePane.render(pane, state, a, rect: rect, into: &buffer)
        }
    }

    /// The annotation editor, under the claim it judges when there is room, else at the foot
    /// of the body (or of whatever pane is on screen).
    private static func editor(_ session: EditorSession, _ state: ReaderState, _ layout: ScreenLayout, into buffer: inout Buffer) {
        let area = layout.panes[.body] ?? layout.panes[state.focus] ?? Rect(x: 0, y: 0, width: layout.width, height: layout.height - 1)
        let height = min(area.height, AnnotationEditorView.height(session.editor, width: area.width))
        guard height >= AnnotationEditorView.minHeight else { return }
        var y = area.maxY - height
        if let a = state.article, let text = layout.bodyText {
            let body = a.text.layout(width: text.width)
            let top = min(body.line(containing: a.top), max(0, body.count - text.height))
            let below = body.line(containing: max(session.range.lowerBound, session.range.upperBound - 1)) - top + 1
            if below >= 0 && text.y + below + height <= area.maxY { y = text.y + below }
        }
        AnnotationEditorView.render(session.editor, into: &buffer, x: area.x, y: y, width: area.width, height: height)
    }

    /// The message a terminal too small for any layout gets, centred as far as it fits.
    private static func tooSmall(width: Int, height: Int, into buffer: inout Buffer) {
        let lines = ["Terminal too small", "\(width)×\(height): need", "\(ScreenLayout.minWidth)×\(ScreenLayout.minHeight)", "Q quits"]
        let top = max(0, (height - lines.count) / 2)
        for (n, line) in lines.enumerated() where top + n < height {
            let w = Sanitizer.width(of: line)
            buffer.write(line, x: max(0, (width - w) / 2), y: top + n, maxWidth: width, role: n == 0 ? .uiError : .text)
        }
    }
}
