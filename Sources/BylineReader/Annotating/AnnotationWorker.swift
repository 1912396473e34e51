import BylineCore
import BylineStore
import Foundation

/// Runs the store's work off the screen's thread: the reader submits a save and keeps drawing;
/// the result comes back through `drain()` once SQLite has committed, and only then does the
/// status line say "saved". One serial queue, so changes commit in the order they were made.
public final class AnnotationWorker: @unchecked Sendable {
    public enum Request: Sendable {
        case add(AnnotationDraft, anchor: TextAnchor, document: DocumentRecord)
        case update(UUID, AnnotationDraft, anchor: TextAnchor?, documentID: String?)
        case delete(UUID)
        case undo
        /// The annotations of a text, re-attached (tagged with the reader's article index).
        case locate(article: Int, text: ScalarText, documentID: String, path: String?)
    }

    public enum Completion: Equatable, Sendable {
        case added(Annotation)
        case updated(Annotation)
        case deleted(Annotation?)
        case undone(AnnotationStore.UndoResult?)
        case located(article: Int, LocatedAnnotations)
        case failed(String)
    }

    public let store: AnnotationStore
    private let queue = DispatchQueue(label: "byline.annotations")
    private let lock = NSLock()
    private var finished: [Completion] = []
    private var pending = 0

    public init(store: AnnotationStore) {
        self.store = store
    }

    /// Queues `request`; returns at once.
    public func submit(_ request: Request) {
        lock.lock()
        pending += 1
        lock.unlock()
        queue.async { [self] in
            let completion = perform(request)
            lock.lock()
            finished.append(completion)
            pending -= 1
            lock.unlock()
        }
    }

    /// True while a request is queued or running.
    public var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending > 0
    }

    /// The completions since the last call, in the order the requests were made.
    public func drain() -> [Completion] {
        lock.lock()
        defer { lock.unlock() }
        let out = finished
        finished.removeAll()
        return out
    }

    /// Waits until every queued request has run (for tests and for a clean quit).
    public func waitUntilIdle() {
        queue.sync {}
    }

    private func perform(_ request: Request) -> Completion {
        do {
            switch request {
            case let .add(draft, anchor, document):
                return .added(try store.add(draft, anchor: anchor, document: document))
            case let .update(id, draft, anchor, documentID):
                return .updated(try store.update(id, with: draft, anchor: anchor, documentID: documentID))
            case let .delete(id):
                return .deleted(try store.delete(id))
            case .undo:
                return .undone(try store.undo())
            case let .locate(article, text, documentID, path):
                return .located(article: article, try store.locate(in: text, documentID: documentID, path: path))
            }
        } catch {
            return .failed("\(error)")
        }
    }
}
