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
