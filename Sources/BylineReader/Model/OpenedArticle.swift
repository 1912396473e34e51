import BylineCore

/// An article handed to the reader: its text, and what its web page says about it, if it
/// came from one.
public struct OpenedArticle: Sendable {
    public var article: LoadedArticle
    public var page: PageInfo?

    public init(_ article: LoadedArticle, page: PageInfo? = nil) {
        self.article = article
        self.page = page
    }
}
