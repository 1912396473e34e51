/// Failures of the store that a person can act on; SQLite's own errors pass through as they are.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case corrupt(String)
    case notFound(String)
    case emptyAnnotation

    public var description: String {
        switch self {
        case .corrupt(let what): return "the annotation store holds an unreadable value: \(what)"
        case .notFound(let id): return "no annotation \(id)"
        case .emptyAnnotation: return "nothing to save: give a verdict, a note or a tag"
        }
    }
}
