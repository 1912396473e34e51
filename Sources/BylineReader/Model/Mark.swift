import Foundation

/// The item the body is marked at after a jump: its span is highlighted and it is the
/// "current" item that speaker jumps and `s` continue from.
public struct Mark: Equatable, Sendable {
    public enum Item: Equatable, Sendable {
        case quote(Int)
        case entity(Int, mention: Int)
        case source(Int)
        case claim(Int)
        case search
    }

    public var range: Range<Int>
    public var item: Item

    public init(range: Range<Int>, item: Item) {
        self.range = range
        self.item = item
    }

    public var quote: Int? {
        if case .quote(let q) = item { return q }
        return nil
    }
}

/// Incremental search: the query being typed or last confirmed, and where the view was
/// when typing began, so Escape returns there.
public struct SearchState: Equatable, Sendable {
    public var query: String = ""
    public var editing = false
    /// The body's top offset when `/` was pressed.
    public var origin = 0
    /// The current match, if any.
    public var match: Range<Int>?

    public init() {}
}

/// Side effects as values: `reduce` stays pure and the app performs these afterwards.
public enum Effect: Equatable, Sendable {
    case quit
    case suspend
    /// Save an annotation written in the inline editor (issue 6).
    case saveAnnotation(AnnotationSave)
    /// Delete a stored annotation of article `article` (Ctrl-X in the editor).
    case deleteAnnotation(article: Int, UUID)
    /// Undo this session's last annotation change (`u`), then refresh article `article`.
    case undoAnnotation(article: Int)
}
