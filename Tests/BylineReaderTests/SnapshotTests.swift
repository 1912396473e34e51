import BylineCore
import XCTest
@testable import BylineReader

/// The screen as a user sees it, at 80×24 (tabbed side panes) and 140×40 (all panes), on the
/// bundled sample and the seed article, compared with golden files in Snapshots/.
final class SnapshotTests: XCTestCase {
    private func screen(_ state: ReaderState, _ actions: [Action] = []) -> Buffer {
        var s = state
        s = reduce(s, .resize(width: s.width, height: s.height)).state
        for a in actions { s = reduce(s, a).state }
        return ReaderView.render(s, width: s.width, height: s.height)
    }

    func testSample80x24() {
        Snapshot.assertMatches(screen(Fixtures.sampleState()), "sample-80x24")
    }

    func testSample140x40() {
        Snapshot.assertMatches(screen(Fixtures.sampleState(width: 140, height: 40)), "sample-140x40")
    }

    func testSample80x24AfterSpeakerJumps() {
        let b = screen(Fixtures.sampleState(), [.nextQuote, .nextSpeaker, .nextSpeaker])
        Snapshot.assertMatches(b, "sample-80x24-speaker-jump")
    }

    func testSample140x40WithSpeakerFilterAndAnnotations() {
        var s = Fixtures.sampleState(width: 140, height: 40)
        s = reduce(s, .setAnnotations(article: 0, [
            ClaimAnnotationSummary(claimID: "c1", verdict: .disputed),
            ClaimAnnotationSummary(claimID: "c2", verdict: .supported, hasNote: true),
        ])).state
        let b = screen(s, [.nextQuote, .toggleSpeakerFilter, .focusClaims])
        Snapshot.assertMatches(b, "sample-140x40-filter-annotations")
    }

    func testSample140x40SearchAndGroupedQuotes() {
        let b = screen(Fixtures.sampleState(width: 140, height: 40),
                       [.focusQuotes, .toggleQuoteGrouping, .focusBody, .search, .searchInput("barrier")])
        Snapshot.assertMatches(b, "sample-140x40-search-grouped")
    }

    func testSample80x24AnnotationEditor() {
        var s = Fixtures.sampleState()
        s.annotationEditorAvailable = true
        let b = screen(s, [.annotate, .editorKey(.char("d")), .editorKey(.tab), .editorKey(.char("C")), .editorKey(.char("o"))])
        Snapshot.assertMatches(b, "sample-80x24-editor")
    }

    func testSample80x24Help() {
        Snapshot.assertMatches(screen(Fixtures.sampleState(), [.help]), "sample-80x24-help")
    }

    func testShortTerminalShowsOnePaneWithTabs() {
        Snapshot.assertMatches(screen(Fixtures.sampleState(width: 60, height: 12), [.focusSources]), "sample-60x12-single")
    }

    func testArticleList80x24() {
        var second = Fixtures.sampleArticle()
        second.annotations = ["c1": ClaimAnnotationSummary(claimID: "c1", verdict: .false)]
        let pending = ArticleState(text: ArticleText(path: "folder/pending-article.txt", text: "Not analysed yet."))
        let s = ReaderState(articles: [Fixtures.sampleArticle(), second, pending], width: 80, height: 24)
        Snapshot.assertMatches(screen(s, [.moveDown]), "list-80x24")
    }

    func testTooSmall20x6() {
        let b = screen(Fixtures.sampleState(width: 20, height: 6))
        Snapshot.assertMatches(b, "too-small-20x6")
        XCTAssertEqual(b.line(1), " Terminal too small ")
    }

    func testDegenerateSizesDoNotCrash() {
        for (w, h) in [(0, 0), (1, 1), (3, 2), (29, 40), (200, 7), (30, 8), (30, 13)] {
            let b = screen(Fixtures.sampleState(width: w, height: h), [.moveDown, .focusNext, .moveDown, .nextQuote])
            XCTAssertEqual(b.width, w)
            XCTAssertEqual(b.height, h)
        }
    }

    func testEmptyArticle() {
        let empty = ArticleState(text: ArticleText(path: "empty.txt", text: ""))
        let b = screen(ReaderState(articles: [empty], width: 80, height: 24),
                       [.moveDown, .bottom, .nextQuote, .search, .searchInput("x"), .searchConfirm, .focusClaims, .activate])
        XCTAssertEqual(b.line(0), " 1 Body · empty.txt" + String(repeating: " ", count: 61))
        XCTAssertEqual(b.line(1), String(repeating: " ", count: 80))
        XCTAssertTrue(b.line(23).hasPrefix(" empty.txt · 1/1 100% · Claims · analysis queued"), b.line(23))
    }

    private func seedState(width: Int, height: Int) throws -> ReaderState {
        guard let seed = Fixtures.seed() else { throw XCTSkip("the seed article is not on this machine") }
        let a = ArticleState(text: ArticleText(path: "seed.txt", text: seed.text), analysis: seed.analysis, document: Document(seed.text))
        var s = ReaderState(articles: [a], width: width, height: height)
        s.keyHelp = Keymap.default.help
        return s
    }

    func testSeed80x24() throws {
        Snapshot.assertMatches(screen(try seedState(width: 80, height: 24), [.nextQuote]), "seed-80x24", privateText: true)
    }

    func testSeed140x40() throws {
        Snapshot.assertMatches(screen(try seedState(width: 140, height: 40), [.focusSources]), "seed-140x40", privateText: true)
    }
}
