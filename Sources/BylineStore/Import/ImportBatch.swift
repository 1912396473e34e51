/// What a decoder read from a file of annotations, before the store settles it: the items it
/// could make annotations of (with what it had to say about each), those it had to skip, and
/// what of the file it could not read at all (a collection's later pages).
/// Items are numbered from 1 in the file's order, so every message can name one.
public struct ImportBatch: Equatable, Sendable {
    public var items: [ImportItem]
    public var skipped: [ImportIssue]
    /// Parts of the file whose items were not read, each said in one line.
    public var unread: [String]

    public init(items: [ImportItem] = [], skipped: [ImportIssue] = [], unread: [String] = []) {
        self.items = items
        self.skipped = skipped
        self.unread = unread
    }
}
