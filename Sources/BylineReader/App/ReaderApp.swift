import BylineCore
import BylineStore

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
/// are analysed in the background, delivered by `poll()`.
public struct ReaderApp: TerminalApp {
    /// Articles up to this many bytes are analysed synchronously, so they open complete.
    public static let synchronousLimit = 64 * 1024

    public private(set) var state: ReaderState
    public let keymap: Keymap
    private let worker: AnalysisWorker?
    /// Saves, deletions, undos and look-ups of annotations, off the screen's thread.
    private let annotationWorker: AnnotationWorker?

    public init(articles: [LoadedArticle], keymap: Keymap = .default, width: Int = 80, height: Int = 24,
                analyzer: Analyzer = Analyzer(), annotationStore: AnnotationStore? = nil) {
        var states: [ArticleState] = []
        var jobs: [(Int, ArticleText)] = []
        for (n, loaded) in articles.enumerated() {
            let text = ArticleText(path: loaded.path, text: loaded.text)
            if articles.count == 1 && loaded.text.utf8.count <= ReaderApp.synchronousLimit {
                let doc = Document(text: text.text)
                states.append(ArticleState(text: text, analysis: analyzer.analyze(doc, path: loaded.path), document: doc))
            } else {
                states.append(ArticleState(text: text))
                jobs.append((n, text))
            }
        }
        var state = ReaderState(articles: states, width: width, height: height)
        state.keyHelp = keymap.help
        self.state = state
        self.keymap = keymap
        self.worker = jobs.isEmpty ? nil : AnalysisWorker(jobs: jobs, analyzer: analyzer)
        self.annotationWorker = annotationStore.map(AnnotationWorker.init)
        startAnnotations()
    }

    /// Wraps an already-built state (tests, benchmarks).
    public init(state: ReaderState, keymap: Keymap = .default, annotationStore: AnnotationStore? = nil) {
        var state = state
        state.keyHelp = keymap.help
        self.state = state
        self.keymap = keymap
        self.worker = nil
        self.annotationWorker = annotationStore.map(AnnotationWorker.init)
        startAnnotations()
    }

    /// Turns annotating on when a store is open and asks it for the analysed articles' annotations.
    private mutating func startAnnotations() {
        guard let annotationWorker else { return }
        state.annotationEditorAvailable = true
        for n in state.articles.indices {
            if let request = AnnotationRequests.locate(state, article: n) { annotationWorker.submit(request) }
        }
    }

    public mutating func handle(_ key: KeyEvent) -> AppCommand {
        guard let action = KeyRouter.action(for: key, in: state, keymap: keymap) else { return .proceed }
        return send(action)
    }

    /// Applies one action and performs its effects; returns what the loop should do.
    public mutating func send(_ action: Action) -> AppCommand {
        state = reduce(state, action)
        let effects = state.effects
        state.effects.removeAll()
        var command = AppCommand.proceed
        for effect in effects {
            switch effect {
            case .quit:
                command = .quit
                // Changes already submitted commit before the reader exits.
                annotationWorker?.waitUntilIdle()
            case .suspend: if command == .proceed { command = .suspend }
            case .saveAnnotation, .deleteAnnotation, .undoAnnotation:
                if let request = AnnotationRequests.request(for: effect, in: state) { annotationWorker?.submit(request) }
            }
        }
        return command
    }

    public func render(width: Int, height: Int) -> Buffer {
        ReaderView.render(state, width: width, height: height)
    }

    public var isBusy: Bool { (worker?.isBusy ?? false) || (annotationWorker?.isBusy ?? false) }

    public mutating func poll() -> Bool {
        let changed = pollAnnotations()
        guard let worker else { return changed }
        let reports = worker.take()
        for report in reports {
            switch report {
            case .progress(let n, let p): state = reduce(state, .analysisProgress(article: n, p))
            case .finished(let n, let analysis, let doc):
                state = reduce(state, .analysisFinished(article: n, analysis, doc))
                if let request = AnnotationRequests.locate(state, article: n) { annotationWorker?.submit(request) }
            }
        }
        return changed || !reports.isEmpty
    }

    /// Applies what the store finished; re-places the open article's annotations after a change.
    private mutating func pollAnnotations() -> Bool {
        guard let annotationWorker else { return false }
        let completions = annotationWorker.drain()
        var relocate = false
        for completion in completions {
            let (actions, changed) = AnnotationRequests.actions(for: completion)
            for action in actions { state = reduce(state, action) }
            relocate = relocate || changed
        }
        if relocate, let request = AnnotationRequests.locate(state, article: state.current) { annotationWorker.submit(request) }
        return !completions.isEmpty
    }

    /// Waits for the store to finish what was submitted, then applies it (tests, clean exits).
    public mutating func settleAnnotations() {
        guard let annotationWorker else { return }
        repeat {
            annotationWorker.waitUntilIdle()
        } while pollAnnotations() || annotationWorker.isBusy
    }

    /// Supplies the annotations of article `n` (from the store, issue 6).
    public mutating func setAnnotations(_ list: [ClaimAnnotationSummary], article n: Int) {
        state = reduce(state, .setAnnotations(article: n, list))
    }
}
