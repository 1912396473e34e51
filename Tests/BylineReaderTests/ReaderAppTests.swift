import BylineCore
import BylineStore
import XCTest
@testable import BylineReader

/// The app wrapper: small articles open analysed, large ones show text at once and receive
/// their analysis through `poll()`.
final class ReaderAppTests: XCTestCase {
    private func waitForAnalysis(_ app: inout ReaderApp) {
        var polls = 0
        while app.isBusy && polls < 60_000 {
            _ = app.poll()
            usleep(1000)
            polls += 1
        }
        _ = app.poll()
    }

    func testSmallArticleOpensAnalysed() {
        let app = ReaderApp(articles: [LoadedArticle(path: "sample.txt", text: Fixtures.sampleText)])
        XCTAssertFalse(app.isBusy)
        XCTAssertEqual(app.state.article?.progress, .done)
        XCTAssertEqual(app.state.article?.title, "Harbour city weighs flood barrier as costs climb, officials say")
    }

    func testLargeArticleShowsTextFirstAndAnalysisArrivesByPoll() {
        let text = Array(repeating: Fixtures.sampleText, count: 60).joined(separator: "\n")
        XCTAssertGreaterThan(text.utf8.count, ReaderApp.synchronousLimit)
        var app = ReaderApp(articles: [LoadedArticle(path: "big.txt", text: text)])
        XCTAssertNil(app.state.article?.analysis)
        let first = app.render(width: 80, height: 24)
        XCTAssertEqual(first.line(1), "  Harbour city weighs flood barrier as costs climb, officials say               ")
        waitForAnalysis(&app)
        XCTAssertFalse(app.isBusy)
        XCTAssertEqual(app.state.article?.progress, .done)
        XCTAssertEqual(app.state.article?.analysis?.document.length, text.unicodeScalars.count)
        XCTAssertNotNil(app.state.article?.document)
        XCTAssertFalse(app.poll())
    }

    func testSeveralArticlesOpenTheListAndAnalyseInTheBackground() {
        var app = ReaderApp(articles: [LoadedArticle(path: "a.txt", text: Fixtures.sampleText),
                                       LoadedArticle(path: "b.txt", text: "Second article.\nBy Someone\nIt said things.")])
        XCTAssertEqual(app.state.screen, .list)
        waitForAnalysis(&app)
        XCTAssertEqual(app.state.articles.map(\.progress), [.done, .done])
        XCTAssertEqual(app.handle(.enter), .proceed)
        XCTAssertEqual(app.state.screen, .article)
        XCTAssertEqual(app.handle(.char("J")), .proceed)
        XCTAssertEqual(app.state.current, 1)
        XCTAssertEqual(app.handle(.char("h")), .proceed)
        XCTAssertEqual(app.state.screen, .list)
    }

    func testKeymapOverridesReachTheAppAndTheHelp() throws {
        let keymap = try Keymap.default.applying(overrides: ["quit": ["x"], "close": ["C-w"]])
        var app = ReaderApp(articles: [LoadedArticle(path: "sample.txt", text: Fixtures.sampleText)], keymap: keymap)
        XCTAssertEqual(app.state.keyHelp["quit"], "x")
        XCTAssertEqual(app.state.keyHelp["close"], "C-w")
        XCTAssertEqual(app.handle(.char("q")), .proceed)
        XCTAssertEqual(app.handle(.char("Q")), .proceed)
        XCTAssertEqual(app.handle(.char("x")), .quit)
    }

    func testAnnotationsCanBeSupplied() {
        var app = ReaderApp(state: Fixtures.sampleState())
        app.setAnnotations([ClaimAnnotationSummary(claimID: "c3", verdict: .misleading)], article: 0)
        XCTAssertEqual(app.state.article?.annotation(ofClaim: 2)?.verdict, .misleading)
    }
}

/// The editor and the real store, end to end through `ReaderApp`: `a`, a verdict, Enter;
/// "Saved" once committed; a new reader on the same store shows the verdict.
final class ReaderAppAnnotationTests: XCTestCase {
    func testAnnotateSaveAndReopen() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("annotations.sqlite").path
        let article = LoadedArticle(path: "/tmp/sample-article.txt", text: Fixtures.sampleText)
        func open() throws -> (ReaderApp, StoreAnnotationBackend) {
            let backend = StoreAnnotationBackend(store: try AnnotationStore(path: path))
            var state = ReaderApp(articles: [article], annotations: backend).state
            state.withArticle { $0.setAnalysis(Fixtures.sampleAnalysis(), document: nil) }
            let app = ReaderApp(state: state, annotations: backend)
            backend.load(article: 0, text: app.state.article!.text.text, documentID: Fixtures.sampleAnalysis().document.id,
                         path: "/tmp/sample-article.txt")
            return (app, backend)
        }
        var (app, backend) = try open()
        backend.waitUntilIdle()
        _ = app.poll()
        XCTAssertEqual(app.handle(.char("a")), .proceed)
        XCTAssertEqual(app.state.editorSession?.claim, 0)
        _ = app.handle(.char("f"))
        _ = app.handle(.enter)
        XCTAssertEqual(app.state.message, "Saving…")
        backend.waitUntilIdle()
        XCTAssertTrue(app.poll())
        XCTAssertEqual(app.state.message, "Saved")
        XCTAssertEqual(app.state.article?.annotation(ofClaim: 0)?.verdict, .false)
        let screen = app.render(width: 80, height: 24)
        let gutter = (0..<24).map { screen[0, $0] }.filter { $0.text == "✗" }
        XCTAssertEqual(gutter.first?.role, .claimFalse)

        (app, backend) = try open()
        backend.waitUntilIdle()
        _ = app.poll()
        XCTAssertEqual(app.state.article?.annotation(ofClaim: 0)?.verdict, .false)
        XCTAssertEqual(app.state.article?.annotationCount, 1)
    }
}
