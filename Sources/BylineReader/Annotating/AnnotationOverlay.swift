/// Places the open annotation editor in the body, on the lines just under the passage it
/// judges (or at the bottom of the body when the passage is too low for it to fit).
enum AnnotationOverlay {
    static func render(_ state: ReaderState, _ a: ArticleState, layout: ScreenLayout, into buffer: inout Buffer) {
        guard let editing = state.annotationEditing, editing.article == state.current, let text = layout.bodyText else { return }
        let body = a.text.layout(width: text.width)
        guard body.count > 0 else { return }
        let maxTop = max(0, body.count - text.height)
        let top = min(body.line(containing: a.top), maxTop)
        let last = body.line(containing: max(editing.range.lowerBound, editing.range.upperBound - 1))
        let height = min(text.height, AnnotationEditorView.height(editing.editor, width: text.width, maxNoteRows: max(1, text.height / 3)))
        var row = last - top + 1
        if row < 0 || row + height > text.height { row = max(0, text.height - height) }
        AnnotationEditorView.render(editing.editor, into: &buffer, x: text.x, y: text.y + row, width: text.width, height: height)
    }
}
