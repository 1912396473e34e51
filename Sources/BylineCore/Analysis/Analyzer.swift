/// Runs the analysis stages over one article: text in, `Analysis` out.
///
/// Pure and deterministic: no I/O, no globals, no clocks. The stages run in order — document
/// model, metadata, entities, then attribution (quotes, speakers, source chain, claims), which
/// reads the entities to resolve speakers and to type sources.
public struct Analyzer: Sendable {
    public struct Options: Sendable {
        /// Put the document text into `document.text`.
        public var includeText: Bool

        public init(includeText: Bool = false) {
            self.includeText = includeText
        }
    }

    public var options: Options
    /// Shares the bundled model, loaded once per process.
    public var entityRecognizer: EntityRecognizer

    public init(options: Options = Options()) {
        self.options = options
        self.entityRecognizer = EntityRecognizer()
    }

    /// Analyses `text`; `path` is carried into the result for the user's benefit only.
    public func analyze(_ text: String, path: String? = nil) -> Analysis {
        analyze(Document(text), path: path)
    }

    public func analyze(_ doc: Document, path: String? = nil) -> Analysis {
        analyze(doc, path: path, finished: { _ in })
    }

    /// The stages, in the order they run.
    public enum Stage: String, Sendable { case metadata, entities, attribution }

    /// Analyses `doc`, calling `finished` as each stage ends (the benchmark times them).
    public func analyze(_ doc: Document, path: String? = nil, finished: (Stage) -> Void) -> Analysis {
        let metadata = MetadataExtractor.extract(doc)
        let info = DocumentInfo(id: DocumentID.of(doc.text.string), metadata: metadata, length: doc.length,
                                text: options.includeText ? doc.text.string : nil)
        finished(.metadata)
        let entities = entityRecognizer.recognize(doc)
        finished(.entities)
        let attribution = AttributionAnalyzer().analyze(doc, entities: entities, metadata: metadata)
        finished(.attribution)
        return Analysis(path: path, document: info, entities: entities, quotes: attribution.quotes,
                        sources: attribution.sources, claims: attribution.claims)
    }
}
