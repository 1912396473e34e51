import BylineCore
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
        let keymap = try Keymap.default.applying(overrides: ["quit": ["x"]])
        var app = ReaderApp(articles: [LoadedArticle(path: "sample.txt", text: Fixtures.sampleText)], keymap: keymap)
        XCTAssertEqual(app.state.keyHelp["quit"], "x")
        XCTAssertEqual(app.handle(.char("q")), .proceed)
        XCTAssertEqual(app.handle(.char("x")), .quit)
    }

    func testAnnotationsCanBeSupplied() {
        var app = ReaderApp(state: Fixtures.sampleState())
        app.setAnnotations([ClaimAnnotationSummary(claimID: "c3", verdict: .misleading)], article: 0)
        XCTAssertEqual(app.state.article?.annotation(ofClaim: 2)?.verdict, .misleading)
    }
}
