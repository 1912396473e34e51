/// What storing an item's text did.
public enum TextOutcome: Sendable, Equatable {
    case stored
    /// Another item of the same feed has this very text: this one was dropped as a duplicate
    /// (unless starred) and the other stays.
    case duplicate(of: Int64)
}
