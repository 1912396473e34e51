import BylineCore

/// The reader as the terminal loop runs it: state, keymap and rendering behind `TerminalApp`.
///
/// Usage from the terminal layer:
/// ```swift
/// let keymap = try Keymap.default.applying(overrides: config.keys)   // [action: [key names]]
/// var app = ReaderApp(articles: loaded, keymap: keymap)              // [LoadedArticle]
/// // send `.resize(width:height:)` once at start and on every resize, then loop on
/// // handle(_:) / render(width:height:) / isBusy / poll().
/// ```
/// Small articles are analysed before `init` returns; large ones show their text at once and
/// are analysed in the background, delivered by `poll()`. The background analysis starts once
/// the first screen has been rendered (or at the first `isBusy`/`poll()`), so it never competes
/// with the first paint.
public struct ReaderApp: TerminalApp {
    /// Articles up to this many bytes are analysed synchronously, so they open complete.
    public static let synchronousLimit = 64 * 1024

    public private(set) var state: ReaderState
    public let keymap: Keymap
    private let worker: AnalysisWorker
    private let annotations: AnnotationBackend?
    private let pages: PageOpener?
    private let library: LibraryBackend?

    /// - Parameter annotations: where annotations are loaded from and saved to, usually
    ///   `StoreAnnotationBackend(store: AnnotationStore(path: …))`; nil turns annotating off.
    /// - Parameter analyzer: the analysis to run; nil builds the default one, on the background
    ///   thread when no article needs it at once (loading its model takes a while).
    /// - Parameter pages: fetches the links opened with `v` and Enter; nil turns that off.
    public init(articles: [LoadedArticle], unreadable: [UnreadableInput] = [], keymap: Keymap = .default,
                width: Int = 80, height: Int = 24, analyzer: Analyzer? = nil, annotations: AnnotationBackend? = nil,
                pages: PageOpener? = nil) {
        var built = analyzer
        var states: [ArticleState] = []
        var jobs: [(Int, ArticleText)] = []
        for (n, loaded) in articles.enumerated() {
            let text = ArticleText(loaded)
            if articles.count == 1 && loaded.text.utf8.count <= ReaderApp.synchronousLimit {
                let doc = Document(text: text.text)
                if built == nil { built = Analyzer() }
                states.append(ArticleState(text: text, analysis: built!.analyze(doc, path: loaded.path, format: loaded.format, pageMetadata: loaded.metadata),
                                          document: doc))
            } else {
                states.append(ArticleState(text: text))
                jobs.append((n, text))
            }
        }
        var state = ReaderState(articles: states, unreadable: unreadable, width: width, height: height)
        state.keyHelp = keymap.help
        state.annotationEditorAvailable = annotations != nil
        if !unreadable.isEmpty { state.message = UnreadableInput.summary(unreadable) }
        self.state = state
        self.keymap = keymap
        self.annotations = annotations
        self.pages = pages
        self.library = nil
        self.worker = AnalysisWorker(jobs: jobs, analyzer: built)
        _ = perform(states.indices.filter { states[$0].analysis != nil }.map { Effect.loadAnnotations(article: $0) })
    }

    /// Wraps an already-built state (tests, benchmarks).
    public init(state: ReaderState, keymap: Keymap = .default, annotations: AnnotationBackend? = nil,
                pages: PageOpener? = nil, analyzer: Analyzer? = nil, library: LibraryBackend? = nil) {
        var state = state
        state.keyHelp = keymap.help
        state.annotationEditorAvailable = annotations != nil
        self.state = state
        self.keymap = keymap
        self.worker = AnalysisWorker(jobs: [], analyzer: analyzer)
        self.annotations = annotations
        self.pages = pages
        self.library = library
    }

    /// The reader on a library (`byline` with no argument): it opens on the feeds, read from
    /// `library` in the background; items are read a page at a time as the list scrolls.
    public init(library: LibraryBackend, keymap: Keymap = .default, width: Int = 80, height: Int = 24,
                annotations: AnnotationBackend? = nil, pages: PageOpener? = nil) {
        self.init(state: ReaderState(library: LibraryBrowser(), width: width, height: height), keymap: keymap,
                  annotations: annotations, pages: pages, library: library)
        library.perform(.loadFeeds)
    }

    public mutating func handle(_ key: KeyEvent) -> AppCommand {
        guard let action = KeyRouter.action(for: key, in: state, keymap: keymap) else { return .proceed }
        return send(action)
    }

    /// Applies one action through `reduce` and performs the effects it returns; returns what
    /// the loop should do.
    public mutating func send(_ action: Action) -> AppCommand {
        let (next, effects) = reduce(state, action)
        state = next
        return perform(effects)
    }

    /// Runs effects: the only place the reader's requests reach the store, the fetcher and
    /// the analysis queue.
    private mutating func perform(_ effects: [Effect]) -> AppCommand {
        var command = AppCommand.proceed
        for effect in effects {
            switch effect {
            case .quit:
                command = .quit
                // What was submitted commits before the reader exits.
                annotations?.waitUntilIdle()
                library?.waitForWrites()
            case .suspend: if command == .proceed { command = .suspend }
            case .saveAnnotation(let request): annotations?.save(request)
            case .deleteAnnotation(let n, let id): annotations?.delete(article: n, id)
            case .undoAnnotation(let n): annotations?.undo(article: n)
            case .findOtherReports(let n, let documentID, let range, let annotation):
                annotations?.findOtherReports(article: n, documentID: documentID, range: range, annotation)
            case .copyAnnotation(let annotation, let reports): annotations?.copy(annotation, to: reports)
            case .loadAnnotations(let n):
                guard let annotations, let a = state.articles[safe: n], let analysis = a.analysis else { continue }
                annotations.load(article: n, text: a.text.text, documentID: analysis.document.id, path: a.text.storePath)
            case .analyze(let n):
                if let a = state.articles[safe: n] { worker.add(article: n, text: a.text) }
            case .library(let request):
                if let library {
                    library.perform(request)
                } else {
                    let failed = send(.library(.failed("no library is open in this reader")))
                    if command == .proceed { command = failed }
                }
            case .people(let request):
                if let people = library as? PeopleBackend {
                    people.perform(request)
                } else {
                    let failed = send(.people(.failed("no library is open in this reader")))
                    if command == .proceed { command = failed }
                }
            case .openPage(let url):
                if let pages {
                    pages.open(url)
                } else {
                    let failed = send(.pageFailed(url: url, reason: "\(url): opening links is off in this reader"))
                    if command == .proceed { command = failed }
                }
            }
        }
        return command
    }

    public func render(width: Int, height: Int) -> Buffer {
        let buffer = ReaderView.render(state, width: width, height: height)
        worker.start()
        return buffer
    }

    public var isBusy: Bool {
        worker.start()
        return worker.isBusy || (annotations?.isBusy ?? false) || (pages?.isBusy ?? false) || (library?.isBusy ?? false)
    }

    public mutating func poll() -> Bool {
        worker.start()
        var results: [Action] = worker.take().map { report in
            switch report {
            case .progress(let n, let p): return .analysisProgress(article: n, p)
            case .finished(let n, let analysis, let doc): return .analysisFinished(article: n, analysis, doc)
            }
        }
        results += annotations?.drainResults() ?? []
        results += pages?.drainResults() ?? []
        results += library?.drainResults() ?? []
        for result in results { _ = send(result) }
        return !results.isEmpty
    }

    /// Supplies the annotations of article `n` (from the store, issue 6).
    public mutating func setAnnotations(_ list: [ClaimAnnotationSummary], article n: Int) {
        _ = send(.setAnnotations(article: n, list))
    }
}
