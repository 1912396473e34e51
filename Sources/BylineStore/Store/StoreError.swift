import BylineCore

/// Failures of the store that a person can act on; SQLite's own errors pass through as they are.
/// The refusals name the store's path and say that nothing was changed, because a store is
/// refused before anything is written to it.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case corrupt(String)
    case notFound(String)
    case emptyAnnotation
    /// The path is a device, a FIFO, a folder…: SQLite is never pointed at it.
    case notAFile(path: String, kind: String)
    /// A path that cannot be examined or read (permissions, a broken link…).
    case unreadable(path: String, reason: String)
    /// An SQLite file (or something else) that Byline did not create.
    case notAStore(path: String, reason: String)
    /// A store written by a Byline that knows migrations this one does not.
    case newerStore(path: String, reason: String)
    /// A store opened read-only that would need writing (a migration, a change).
    case readOnly(path: String, reason: String)
    /// An imported annotation that cannot be stored as it is; nothing of the import was.
    case rejectedImport(item: Int, reason: String)

    public var description: String {
        switch self {
        case .corrupt(let what): return "the annotation store holds an unreadable value: \(SafeText.line(what))"
        case .notFound(let id): return "no annotation \(SafeText.line(id))"
        case .emptyAnnotation: return "nothing to save: give a verdict, a note or a tag"
        case .notAFile(let path, let kind):
            return "\(SafeText.echo(path)): \(kind), not a store file; nothing was changed"
        case .unreadable(let path, let reason):
            return "\(SafeText.echo(path)): cannot be read (\(reason)); nothing was changed"
        case .notAStore(let path, let reason):
            return "\(SafeText.echo(path)): not a Byline store (\(reason)); nothing was changed"
        case .newerStore(let path, let reason):
            return "\(SafeText.echo(path)): created by a newer Byline (\(reason)); nothing was changed"
        case .readOnly(let path, let reason):
            return "\(SafeText.echo(path)): the store is read-only (\(reason)); nothing was changed"
        case .rejectedImport(let item, let reason):
            return "item \(item): \(reason); nothing was imported"
        }
    }
}
