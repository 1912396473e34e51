import BylineCore
import BylineStore
import Foundation

/// Where the reader sends annotation work and gets results back, off the screen's thread: the
/// annotation store in the app, a double in tests. Results are drained by `ReaderApp.poll()`.
public protocol AnnotationBackend: AnyObject, Sendable {
    /// Queues a save; returns at once.
    func save(_ request: AnnotationSave)
    /// Queues finding the annotations of article `article`'s text.
    func load(article: Int, text: ScalarText, documentID: String, path: String?)
    /// Queues deleting an annotation of article `article`.
    func delete(article: Int, _ id: UUID)
    /// Queues undoing this reader's last annotation change.
    func undo(article: Int)
    /// Queues finding other articles' reports of a claim just annotated (the library's claim
    /// index); a backend without one finds none.
    func findOtherReports(article: Int, documentID: String, range: Range<Int>, _ annotation: Annotation)
    /// Queues copying an annotation onto other reports of its claim.
    func copy(_ annotation: Annotation, to reports: [ClaimReport])
    /// Waits until every queued request has run (a clean quit, tests).
    func waitUntilIdle()
    /// The results since the last call, in request order.
    func drainResults() -> [Action]
    var isBusy: Bool { get }
}

/// The annotation store behind a serial queue: saves and look-ups run in order, away from the
/// keys, and come back as actions once SQLite has committed.
public final class StoreAnnotationBackend: AnnotationBackend, @unchecked Sendable {
    public let store: AnnotationStore
    private let queue = DispatchQueue(label: "byline.reader.annotations")
    private let inbox = ResultInbox()

    public init(store: AnnotationStore) {
        self.store = store
    }

    public func save(_ request: AnnotationSave) {
        run { store in
            let saved: Annotation
            if let id = request.existing {
                saved = try store.update(id, with: request.draft, anchor: request.anchor, document: request.document)
            } else {
                saved = try store.add(request.draft, anchor: request.anchor, document: request.document)
            }
            return [.annotationSaved(article: request.article, claimID: request.claimID, saved)]
        }
    }

    public func load(article: Int, text: ScalarText, documentID: String, path: String?) {
        run { store in
            let located = try store.locate(in: text, documentID: documentID, path: path)
            let placed = Action.annotationsLoaded(article: article, located.attached.map {
                AnnotationPlacement(range: $0.resolution.range, annotation: $0.annotation)
            })
            return located.orphans.isEmpty ? [placed] : [placed, .annotationOrphans(article: article, located.orphans)]
        }
    }

    public func delete(article: Int, _ id: UUID) {
        run { store in [.annotationDeleted(article: article, try store.delete(id))] }
    }

    public func undo(article: Int) {
        run { store in [.annotationUndone(article: article, try store.undo())] }
    }

    public func drainResults() -> [Action] { inbox.drain() }

    /// True while a request runs or its result waits to be drained: the terminal loop keeps
    /// polling until the reader has taken every result.
    public var isBusy: Bool { inbox.isBusy }

    /// Waits for every queued request (a clean quit, tests).
    public func waitUntilIdle() { queue.sync {} }

    func run(_ work: @escaping @Sendable (AnnotationStore) throws -> [Action]) {
        inbox.begin()
        queue.async { [self] in
            let result: [Action]
            do { result = try work(store) } catch { result = [.annotationFailed("\(error)")] }
            inbox.finish(result)
        }
    }
}
