/// One named mention found in a document, before mentions are merged into entities.
public struct NameMention: Sendable, Equatable {
    /// Document token indices of the name (title and "the" excluded).
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    public var text: String
    public var type: EntityType
    /// A title right before the name ("President", "Foreign Minister").
    public var title: String?

    public init(tokens: Range<Int>, start: Int, end: Int, text: String, type: EntityType, title: String? = nil) {
        self.tokens = tokens
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.title = title
    }
}
