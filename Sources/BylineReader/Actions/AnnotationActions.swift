import BylineCore
import BylineStore
import Foundation

/// `a` opens the inline editor on the current claim (the one selected in the claims pane, else
/// the marked one, else the first on screen) or, with no claim there, on the marked span or the
/// sentence at the top; Enter saves through an effect, Esc cancels, Ctrl-X deletes, `u` undoes.
/// The status line says "saved" only when the store has committed (`annotationSaved`).
extension ReaderState {
    mutating func annotate() {
        guard annotationEditorAvailable else {
            message = "Annotations are off: no annotation store is open"
            return
        }
        guard screen == .article, let a = article, let analysis = a.analysis else { return }
        var claim: Int?
        if focus == .claims, case .claim(let c)? = a.rows(.claims)[safe: a.cursor(.claims).selected] { claim = c }
        if claim == nil, case .claim(let c)? = a.mark?.item { claim = c }
        if claim == nil, a.mark == nil, search.match == nil {
            claim = analysis.claims.indices
                .filter { analysis.claims[$0].span.end > a.top }
                .min { analysis.claims[$0].span.start < analysis.claims[$1].span.start }
        }
        if let c = claim {
            let span = analysis.claims[c].span
            let editor = a.annotation(ofClaim: c)?.annotation.map(AnnotationEditor.init(editing:))
                ?? AnnotationEditor(quote: span.text)
            editorSession = EditorSession(article: current, claim: c, range: span.range, editor: editor)
            markAndReveal(Mark(range: span.range, item: .claim(c)))
            selectRow(.claim(c), in: .claims)
            return
        }
        // No claim here: the marked span, the search match, else the sentence at the top.
        guard let range = a.mark?.range ?? search.match ?? a.document?.sentences.first(where: { $0.end > a.top }).map({ $0.start..<$0.end }),
              !range.isEmpty else {
            message = "Nothing to annotate here"
            return
        }
        let existing = a.placements.first { $0.range.overlaps(range) }
        editorSession = EditorSession(article: current, claim: nil, range: existing?.range ?? range,
                                      editor: existing.map { AnnotationEditor(editing: $0.annotation) }
                                          ?? AnnotationEditor(quote: a.text.text.text(range)))
        reveal(range)
    }

    /// Enter in the body: opens the annotation under the mark, else the first one on screen.
    mutating func openAnnotationInView() {
        guard annotationEditorAvailable, let a = article else { return }
        var visibleEnd = a.text.scalars.count
        if let l = bodyLayout, topLine + layout.bodyMetrics.height < l.count { visibleEnd = l.range(topLine + layout.bodyMetrics.height).lowerBound }
        let found = a.mark.flatMap { m in a.placements.first { $0.range.overlaps(m.range) } }
            ?? a.placements.first { $0.range.upperBound > a.top && $0.range.lowerBound < visibleEnd }
        guard let found else {
            message = "No annotation on screen: a annotates"
            return
        }
        let claim = a.analysis?.claims.indices.first { a.analysis!.claims[$0].span.range.overlaps(found.range) }
        editorSession = EditorSession(article: current, claim: claim, range: found.range, editor: AnnotationEditor(editing: found.annotation))
        reveal(found.range)
    }

    /// `u`: asks the store to take back this reader's last annotation change.
    mutating func undoAnnotation() -> [Effect] {
        guard annotationEditorAvailable else {
            message = "Annotations are off: no annotation store is open"
            return []
        }
        message = "Undoing…"
        return [.undoAnnotation(article: current)]
    }

    mutating func annotationUndone(_ result: AnnotationStore.UndoResult?) {
        switch result {
        case nil: message = "Nothing to undo"
        case .removed?: message = "Undone: the annotation is removed"
        case .restored(let a)?: message = "Undone: the annotation is back (\(a.verdict?.label ?? "note"))"
        }
    }

    mutating func editorKey(_ key: KeyEvent) -> [Effect] {
        guard var session = editorSession else { return [] }
        let outcome = session.editor.handle(key)
        switch outcome {
        case .editing, .confirmDiscard:
            editorSession = session
        case .cancel:
            editorSession = nil
            message = "Not saved"
        case .delete(let id):
            editorSession = nil
            message = "Deleting…"
            return [.deleteAnnotation(article: session.article, id)]
        case .save(let draft):
            editorSession = nil
            guard articles.indices.contains(session.article), let analysis = articles[session.article].analysis else { return [] }
            let a = articles[session.article]
            let document = DocumentRecord(id: analysis.document.id, path: a.text.storePath, title: analysis.document.title,
                                          length: a.text.text.count)
            message = "Saving…"
            return [.saveAnnotation(AnnotationSave(
                article: session.article, claimID: session.claim.map { analysis.claims[$0].id }, draft: draft,
                anchor: TextAnchor(range: session.range, in: a.text.text), document: document,
                existing: session.editor.annotationID))]
        }
        return []
    }

    /// The store committed an annotation: show it and say so.
    mutating func annotationSaved(article n: Int, claimID: String?, _ annotation: Annotation) -> [Effect] {
        guard articles.indices.contains(n) else { return [] }
        message = "Saved"
        if let at = articles[n].placements.firstIndex(where: { $0.annotation.id == annotation.id }) {
            articles[n].placements[at].annotation = annotation
        } else {
            articles[n].placements.append(AnnotationPlacement(range: annotation.anchor.range, annotation: annotation))
            articles[n].placements.sort { $0.range.lowerBound < $1.range.lowerBound }
            articles[n].annotationCount += 1
        }
        guard let claimID else { return [] }
        articles[n].annotations[claimID] = ClaimAnnotationSummary(
            claimID: claimID, verdict: annotation.verdict, hasNote: !annotation.note.isEmpty, annotation: annotation)
        return findOtherReports(article: n, claimID: claimID, annotation)
    }

    /// The store found the annotations of an article's text.
    mutating func annotationsLoaded(article n: Int, _ located: [(range: Range<Int>, annotation: Annotation)]) {
        guard articles.indices.contains(n) else { return }
        let claims = articles[n].analysis?.claims ?? []
        let list = ClaimAnnotationSummary.match(located, claims: claims)
        articles[n].annotations = Dictionary(list.map { ($0.claimID, $0) }, uniquingKeysWith: { _, b in b })
        articles[n].annotationCount = located.count
        articles[n].placements = located.map { AnnotationPlacement(range: $0.range, annotation: $0.annotation) }
    }
}

extension ArticleText {
    /// The absolute path the store files this article under; nil for standard input.
    var storePath: String? { DocumentRecord.libraryPath(path) }
}
