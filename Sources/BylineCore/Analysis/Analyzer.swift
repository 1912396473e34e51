/// Runs the analysis stages over one article: text in, `Analysis` out.
///
/// Pure and deterministic: no I/O, no globals, no clocks. The stages run in order — document
/// model, metadata, entities, then attribution (quotes, speakers, source chain, claims), which
/// reads the entities to resolve speakers and to type sources.
public struct Analyzer: Sendable {
    public struct Options: Sendable {
        /// Put the document text into `document.text` (always done for web pages).
        public var includeText: Bool

        public init(includeText: Bool = false) {
            self.includeText = includeText
        }
    }

    public var options: Options
    /// Shares the bundled model, loaded once per process.
    public var entityRecognizer: EntityRecognizer
    /// The attribution stage's word lists, bundled and loaded once per process.
    public var lexicon: Lexicon

    public init(options: Options = Options()) {
        self.options = options
        self.entityRecognizer = EntityRecognizer()
        self.lexicon = BundledEntityData.shared.lexicon
    }

    /// Analyses `text`; `path` is carried into the result for the user's benefit only.
    public func analyze(_ text: String, path: String? = nil) -> Analysis {
        analyze(Document(text), path: path)
    }

    /// Analyses a loaded article, with the metadata its page declared when it was a web page.
    public func analyze(_ article: LoadedArticle) -> Analysis {
        analyze(Document(article.text), path: article.path, format: article.format, pageMetadata: article.metadata)
    }

    /// The stages, in the order they run.
    public enum Stage: String, Sendable { case metadata, entities, attribution }

    /// - Parameter pageMetadata: what a web page's markup says (title, authors, publisher…); it
    ///   wins over what the text's own conventions give, which only fill its gaps.
    /// - Parameter finished: called as each stage ends (the benchmark times them).
    public func analyze(_ doc: Document, path: String? = nil, format: DocumentFormat = .text,
                        pageMetadata: ArticleMetadata? = nil, finished: (Stage) -> Void = { _ in }) -> Analysis {
        let fromText = MetadataExtractor.extract(doc)
        var metadata = pageMetadata.map { $0.filling(from: fromText) } ?? fromText
        metadata.format = format
        let withText = options.includeText || format != .text
        let info = DocumentInfo(id: DocumentID.of(doc.text.string), metadata: metadata, length: doc.length,
                                text: withText ? doc.text.string : nil)
        finished(.metadata)
        let resources = entityRecognizer.resources
        let profile = TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters,
                                   spellings: resources.spellings)
        let entities = entityRecognizer.recognize(doc, profile: profile)
        // The layer keeps the few columns of the profile that attribution reads; the rest goes now.
        let layer = LexicalLayer(doc, profile: consume profile, lexicon: lexicon)
        finished(.entities)
        let attribution = AttributionAnalyzer().analyze(doc, layer: layer, entities: entities, metadata: metadata)
        finished(.attribution)
        return Analysis(path: path, document: info, entities: entities, quotes: attribution.quotes,
                        sources: attribution.sources, claims: attribution.claims)
    }
}
