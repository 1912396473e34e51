/// The text of an item's article, extracted from its page, from the feed's full content or
/// from a file; keyed by its document id, so annotations made on it anchor there.
public struct ArticleText: Sendable, Equatable {
    /// Where the text came from.
    public enum Source: String, Sendable {
        case feed, page, file, summary
    }

    public var documentID: String
    public var text: String
    public var title: String?
    /// Length in Unicode scalars.
    public var length: Int
    public var source: Source

    public init(documentID: String, text: String, title: String?, length: Int, source: Source) {
        self.documentID = documentID
        self.text = text
        self.title = title
        self.length = length
        self.source = source
    }
}
