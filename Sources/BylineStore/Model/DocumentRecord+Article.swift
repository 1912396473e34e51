import BylineCore

extension DocumentRecord {
    /// The record of an article as loaded from the path the user gave: the text's id, the
    /// library's form of the path, and the title the analysis shows (a web page's own title
    /// first, else the one the text's conventions give), so that every command registers an
    /// article the way the reader does.
    /// - Parameter document: the article's text as a `Document`, when the caller has already
    ///   built one; otherwise it is built here.
    public init(article: LoadedArticle, document: Document? = nil) {
        let document = document ?? Document(article.text)
        let fromText = MetadataExtractor.extract(document)
        let metadata = article.metadata.map { $0.filling(from: fromText) } ?? fromText
        self.init(id: DocumentID.of(article.text), path: DocumentRecord.libraryPath(article.path),
                  title: metadata.title, length: document.length)
    }
}
