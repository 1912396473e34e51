/// An item's text to store, with its analysis and, when the page could not be used, why.
public struct ItemText: Sendable {
    public var itemID: Int64
    public var text: ArticleText
    public var analysis: CachedAnalysis?
    public var error: String?

    public init(itemID: Int64, text: ArticleText, analysis: CachedAnalysis?, error: String? = nil) {
        self.itemID = itemID
        self.text = text
        self.analysis = analysis
        self.error = error
    }
}
