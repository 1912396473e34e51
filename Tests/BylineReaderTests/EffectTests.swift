import BylineCore
import BylineStore
import Foundation
import XCTest
@testable import BylineReader

/// Issue 15.11: `reduce` returns the effects it wants run with the next state; loading
/// annotations is one of them; the app runs them.
final class EffectTests: XCTestCase {
    /// Records what the app asked of the store.
    final class RecordingBackend: AnnotationBackend, @unchecked Sendable {
        private let lock = NSLock()
        private var loadsSeen: [Int] = []
        var loads: [Int] { lock.lock(); defer { lock.unlock() }; return loadsSeen }
        func save(_ request: AnnotationSave) {}
        func load(article: Int, text: ScalarText, documentID: String, path: String?) {
            lock.lock()
            loadsSeen.append(article)
            lock.unlock()
        }
        func delete(article: Int, _ id: UUID) {}
        func undo(article: Int) {}
        func waitUntilIdle() {}
        func drainResults() -> [Action] { [] }
        var isBusy: Bool { false }
    }

    private func unanalysed() -> ReaderState {
        var s = ReaderState(articles: [ArticleState(text: ArticleText(path: "sample.txt", text: Fixtures.sampleText))])
        s.annotationEditorAvailable = true
        return s
    }

    func testQuitAndSuspendAreEffects() {
        var state = Fixtures.sampleState()
        XCTAssertEqual(reduce(state, .quit).effects, [.quit])
        XCTAssertEqual(reduce(state, .suspend).effects, [.suspend])
        (state, _) = reduce(state, .moveDown)
        XCTAssertEqual(reduce(state, .moveDown).effects, [], "effects are returned, never left in the state")
        var app = ReaderApp(state: Fixtures.sampleState())
        XCTAssertEqual(app.handle(.ctrl("z")), .suspend)
        XCTAssertEqual(app.handle(.char("j")), .proceed)
        XCTAssertEqual(app.handle(.char("q")), .quit, "q quits an article that was not opened from a list")
    }

    func testAFinishedAnalysisAsksForTheArticlesAnnotations() {
        let (state, effects) = reduce(unanalysed(), .analysisFinished(article: 0, Fixtures.sampleAnalysis(), nil))
        XCTAssertEqual(effects, [.loadAnnotations(article: 0)])
        XCTAssertNotNil(state.article?.analysis)
        var off = unanalysed()
        off.annotationEditorAvailable = false
        XCTAssertEqual(reduce(off, .analysisFinished(article: 0, Fixtures.sampleAnalysis(), nil)).effects, [],
                       "no store, nothing to load")
    }

    func testADeleteOrUndoReloadsTheAnnotations() {
        var s = Fixtures.sampleState()
        s.annotationEditorAvailable = true
        XCTAssertEqual(reduce(s, .annotationDeleted(article: 0, nil)).effects, [.loadAnnotations(article: 0)])
        XCTAssertEqual(reduce(s, .annotationUndone(article: 0, nil)).effects, [.loadAnnotations(article: 0)])
        XCTAssertEqual(reduce(s, .undoAnnotation).effects, [.undoAnnotation(article: 0)])
    }

    func testTheAppRunsTheLoadEffect() {
        let backend = RecordingBackend()
        var app = ReaderApp(state: unanalysed(), annotations: backend)
        XCTAssertEqual(backend.loads, [])
        XCTAssertEqual(app.send(.analysisFinished(article: 0, Fixtures.sampleAnalysis(), nil)), .proceed)
        XCTAssertEqual(backend.loads, [0])
        _ = ReaderApp(articles: [LoadedArticle(path: "sample.txt", text: Fixtures.sampleText)], annotations: backend)
        XCTAssertEqual(backend.loads, [0, 0], "an article analysed at open has its annotations loaded at once")
    }

    /// Background results pass through the overlays and keep the status message; a key does not.
    func testBackgroundActionsPassOverlaysAndKeepTheMessage() {
        var s = Fixtures.sampleState()
        s.message = "Saving…"
        s.helpVisible = true
        let after = reduce(s, .analysisProgress(article: 0, .analysing)).state
        XCTAssertEqual(after.message, "Saving…")
        XCTAssertEqual(after.article?.progress, .analysing, "the help did not swallow it")
        let keyed = reduce(s, .nextQuote).state
        XCTAssertNil(keyed.message)
        XCTAssertNil(keyed.article?.mark, "the help swallows other keys")
    }

    /// No key-bound action may be sorted with the background results, which pass the overlays.
    func testNoKeyIsABackgroundAction() {
        for spec in ActionTable.all { XCTAssertFalse(spec.action.isBackground, spec.name) }
        var help = Fixtures.sampleState()
        help.helpVisible = true
        XCTAssertFalse(reduce(help, .back).state.helpVisible, "h closes the help as Esc and q do")
    }
}
