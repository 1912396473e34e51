/// What storing an item's text did.
public enum TextOutcome: Sendable, Equatable {
    case stored
    /// Another item of the same feed has this very text: this one was dropped as a duplicate
    /// (unless starred) and the other stays.
    case duplicate(of: Int64)
    /// The item is no longer in the library (dropped past its feed's limit, or its feed
    /// removed, meanwhile): nothing was stored.
    case gone
}
