import BylineCore
import BylineStore
import Foundation

/// `a` opens the inline editor on the current claim (the one selected in the claims pane, else
/// the marked one, else the first on screen); Enter saves through an effect, Esc cancels. The
/// status line says "saved" only when the store has committed (`annotationSaved`).
extension ReaderState {
    mutating func annotate() {
        guard annotationEditorAvailable else {
            message = "Annotations are off: no annotation store is open"
            return
        }
        guard screen == .article, let a = article, let analysis = a.analysis else { return }
        guard !analysis.claims.isEmpty else {
            message = "No claim to annotate in this article"
            return
        }
        var claim: Int?
        if focus == .claims, case .claim(let c)? = a.rows(.claims)[safe: a.cursor(.claims).selected] { claim = c }
        if claim == nil, case .claim(let c)? = a.mark?.item { claim = c }
        if claim == nil {
            claim = analysis.claims.indices
                .filter { analysis.claims[$0].span.end > a.top }
                .min { analysis.claims[$0].span.start < analysis.claims[$1].span.start } ?? 0
        }
        let c = claim!
        let span = analysis.claims[c].span
        let editor = a.annotation(ofClaim: c)?.annotation.map(AnnotationEditor.init(editing:))
            ?? AnnotationEditor(quote: span.text)
        editorSession = EditorSession(article: current, claim: c, editor: editor)
        markAndReveal(Mark(range: span.range, item: .claim(c)))
        selectRow(.claim(c), in: .claims)
    }

    mutating func editorKey(_ key: KeyEvent) {
        guard var session = editorSession else { return }
        let outcome = session.editor.handle(key)
        switch outcome {
        case .editing, .confirmDiscard:
            editorSession = session
        case .cancel:
            editorSession = nil
            message = "Not saved"
        case .save(let draft):
            editorSession = nil
            guard articles.indices.contains(session.article), let analysis = articles[session.article].analysis else { return }
            let a = articles[session.article]
            let claim = analysis.claims[session.claim]
            let document = DocumentRecord(id: analysis.document.id, path: a.text.storePath, title: analysis.document.title,
                                          length: a.text.text.count)
            effects.append(.saveAnnotation(AnnotationSave(
                article: session.article, claimID: claim.id, draft: draft,
                anchor: TextAnchor(range: claim.span.range, in: a.text.text), document: document,
                existing: session.editor.annotationID)))
            message = "Saving…"
        }
    }

    /// The store committed an annotation: show it and say so.
    mutating func annotationSaved(article n: Int, claimID: String, _ annotation: Annotation) {
        guard articles.indices.contains(n) else { return }
        let fresh = !articles[n].annotations.keys.contains(claimID)
        articles[n].annotations[claimID] = ClaimAnnotationSummary(
            claimID: claimID, verdict: annotation.verdict, hasNote: !annotation.note.isEmpty, annotation: annotation)
        if fresh { articles[n].annotationCount += 1 }
        message = "Saved"
    }

    /// The store found the annotations of an article's text.
    mutating func annotationsLoaded(article n: Int, _ located: [(range: Range<Int>, annotation: Annotation)]) {
        guard articles.indices.contains(n) else { return }
        let claims = articles[n].analysis?.claims ?? []
        let list = ClaimAnnotationSummary.match(located, claims: claims)
        articles[n].annotations = Dictionary(list.map { ($0.claimID, $0) }, uniquingKeysWith: { _, b in b })
        articles[n].annotationCount = located.count
    }
}

extension ArticleText {
    /// The absolute path the store files this article under; nil for standard input.
    var storePath: String? {
        guard path != "-" else { return nil }
        if path.hasPrefix("/") { return path }
        return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }
}
