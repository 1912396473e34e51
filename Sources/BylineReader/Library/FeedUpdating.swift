/// Fetches feeds for the reader's `r` and `R`: the command line supplies its feed updater
/// (the one `byline feeds update` runs), so the reader does not depend on the network code.
public protocol FeedUpdating: Sendable {
    /// Updates the feeds with these ids (nil: every feed), calling `progress` as each one
    /// finishes; returns one line that sums up what changed and what failed.
    func update(feedIDs: [Int64]?, progress: @escaping @Sendable (UpdateProgress) -> Void) -> String
}
