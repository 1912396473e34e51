import BylineCore
import BylineStore

/// Turns the reader's annotation effects into store requests and the store's completions back
/// into actions, so `ReaderApp` only forwards between the two.
enum AnnotationRequests {
    /// The request that places the stored annotations of article `n`; nil until it is analysed.
    static func locate(_ state: ReaderState, article n: Int) -> AnnotationWorker.Request? {
        guard state.articles.indices.contains(n), let analysis = state.articles[n].analysis else { return nil }
        let text = state.articles[n].text
        return .locate(article: n, text: text.text, documentID: analysis.document.id, path: DocumentRecord.libraryPath(text.path))
    }

    static func request(for effect: Effect, in state: ReaderState) -> AnnotationWorker.Request? {
        switch effect {
        case .saveAnnotation(let save):
            guard state.articles.indices.contains(save.article), let analysis = state.articles[save.article].analysis else { return nil }
            let a = state.articles[save.article]
            let anchor = TextAnchor(range: save.range, in: a.text.text)
            if let id = save.existing {
                return .update(id, save.draft, anchor: anchor, documentID: analysis.document.id)
            }
            let record = DocumentRecord(id: analysis.document.id, path: DocumentRecord.libraryPath(a.text.path),
                                        title: analysis.document.title, length: a.text.text.count)
            return .add(save.draft, anchor: anchor, document: record)
        case .deleteAnnotation(let id):
            return .delete(id)
        case .undoAnnotation:
            return .undo
        case .quit, .suspend:
            return nil
        }
    }

    /// What the reader shows for a completion; `relocate` asks for the open article's
    /// annotations to be placed again because the store changed.
    static func actions(for completion: AnnotationWorker.Completion) -> (actions: [Action], relocate: Bool) {
        switch completion {
        case .added(let a): return ([.annotationStatus("Saved: \(summary(a))")], true)
        case .updated(let a): return ([.annotationStatus("Saved: \(summary(a))")], true)
        case .deleted(let a): return ([.annotationStatus(a == nil ? "Already deleted" : "Annotation deleted (u undoes)")], true)
        case .undone(nil): return ([.annotationStatus("Nothing to undo")], false)
        case .undone(.removed?): return ([.annotationStatus("Undone: the annotation is removed")], true)
        case .undone(.restored(let a)?): return ([.annotationStatus("Undone: \(summary(a)) is back")], true)
        case .located(let n, let located): return ([.annotationsLoaded(article: n, located)], false)
        case .failed(let why): return ([.annotationStatus("Not saved: \(why)")], false)
        }
    }

    private static func summary(_ a: Annotation) -> String {
        var parts: [String] = [a.verdict?.label ?? "note"]
        if !a.tags.isEmpty { parts.append(a.tags.map { "#\($0)" }.joined(separator: " ")) }
        return parts.joined(separator: " ")
    }
}
