/// What recording one feed update changed.
public struct UpdateResult: Sendable, Equatable {
    /// Items seen for the first time, newest first: their texts are fetched next.
    public var newItems: [Int64] = []
    /// Items already known whose title, link, summary or dates changed.
    public var changed = 0
    /// Items dropped past the feed's limit (never starred or annotated ones).
    public var pruned = 0

    public init(newItems: [Int64] = [], changed: Int = 0, pruned: Int = 0) {
        self.newItems = newItems
        self.changed = changed
        self.pruned = pruned
    }
}
