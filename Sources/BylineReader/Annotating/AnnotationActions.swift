import BylineCore
import BylineStore

/// The reader's side of annotating, as pure state changes: `a` opens the editor on the current
/// claim (or marked span, or the sentence at the top), `Enter` in the body opens the annotation
/// there, keys go to the editor while it is open, and saves, deletions and undos leave as
/// effects for the app to run through the store.
extension ReaderState {
    /// `a`: edits the annotation on the target passage if there is one, else starts a new one.
    mutating func openAnnotationEditor() {
        guard annotationEditorAvailable else {
            message = "Annotations are off: no annotation store is open"
            return
        }
        guard screen == .article, let a = article else { return }
        guard let range = annotationTarget(a), !range.isEmpty else {
            message = a.document == nil ? "Wait for the analysis to finish, then annotate" : "Nothing to annotate here"
            return
        }
        if let existing = a.attachedAnnotations.first(where: { $0.resolution.range.overlaps(range) }) {
            openEditor(on: existing)
            return
        }
        reveal(range)
        annotationEditing = AnnotationEditing(editor: AnnotationEditor(quote: a.text.text.text(range)), article: current, range: range)
    }

    /// `Enter` in the body: opens the annotation under the mark, else the first one in view.
    mutating func openAnnotationInView() {
        guard let a = article else { return }
        let height = layout.bodyMetrics.height
        var visibleEnd = a.text.scalars.count
        if let l = bodyLayout, topLine + height < l.count { visibleEnd = l.range(topLine + height).lowerBound }
        let found = a.mark.flatMap { m in a.attachedAnnotations.first { $0.resolution.range.overlaps(m.range) } }
            ?? a.attachedAnnotations.first { $0.resolution.range.upperBound > a.top && $0.resolution.range.lowerBound < visibleEnd }
        guard let found else {
            message = "No annotation in view: a annotates"
            return
        }
        openEditor(on: found)
    }

    private mutating func openEditor(on attached: AttachedAnnotation) {
        reveal(attached.resolution.range)
        annotationEditing = AnnotationEditing(editor: AnnotationEditor(editing: attached.annotation), article: current,
                                              range: attached.resolution.range)
    }

    /// The passage `a` judges: the selected claim in the claims pane, the marked span, the
    /// search match, the first claim in view, else the sentence at the top of the body.
    private func annotationTarget(_ a: ArticleState) -> Range<Int>? {
        if let analysis = a.analysis {
            if focus == .claims, case .claim(let c)? = a.rows(.claims)[safe: a.cursor(.claims).selected] {
                return analysis.claims[c].span.range
            }
        }
        if let m = a.mark { return m.range }
        if let m = search.match { return m }
        let height = layout.bodyMetrics.height
        var visibleEnd = a.text.scalars.count
        if let l = bodyLayout, topLine + height < l.count { visibleEnd = l.range(topLine + height).lowerBound }
        if let claim = a.analysis?.claims.first(where: { $0.span.end > a.top && $0.span.start < visibleEnd }) {
            return claim.span.range
        }
        return a.document?.sentences.first { $0.end > a.top }.map { $0.start..<$0.end }
    }

    /// A key while the editor is open.
    mutating func handleEditorKey(_ key: KeyEvent) {
        guard var editing = annotationEditing else { return }
        let outcome = editing.editor.handle(key)
        switch outcome {
        case .editing, .confirmDiscard:
            annotationEditing = editing
        case .cancel:
            annotationEditing = nil
        case .save(let draft):
            annotationEditing = nil
            effects.append(.saveAnnotation(AnnotationSave(article: editing.article, existing: editing.editor.annotationID,
                                                          range: editing.range, draft: draft)))
            message = "Saving…"
        case .delete(let id):
            annotationEditing = nil
            effects.append(.deleteAnnotation(id))
            message = "Deleting…"
        }
    }

    /// The store's answer for article `n`: badges in the body and verdicts on its claims.
    mutating func setLocatedAnnotations(article n: Int, _ located: LocatedAnnotations) {
        guard articles.indices.contains(n) else { return }
        articles[n].attachedAnnotations = located.attached
        articles[n].orphanAnnotations = located.orphans
        var summaries: [String: ClaimAnnotationSummary] = [:]
        for claim in articles[n].analysis?.claims ?? [] {
            let on = located.attached.filter { $0.resolution.range.overlaps(claim.span.range) }
            guard let latest = on.max(by: { $0.annotation.modified < $1.annotation.modified }) else { continue }
            summaries[claim.id] = ClaimAnnotationSummary(claimID: claim.id, verdict: latest.annotation.verdict.map(ClaimAnnotationSummary.Verdict.init),
                                                         hasNote: !latest.annotation.note.isEmpty)
        }
        articles[n].annotations = summaries
        if !located.orphans.isEmpty, n == current {
            message = "\(located.orphans.count) annotation(s) could not be placed in this version: byline annotations list shows them"
        }
    }
}
