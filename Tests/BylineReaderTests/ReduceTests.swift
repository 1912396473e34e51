import BylineCore
import BylineStore
import Foundation
import XCTest
@testable import BylineReader

/// `reduce`, action by action, on the sample article with a hand-built analysis.
final class ReduceTests: XCTestCase {
    private var state = Fixtures.sampleState()

    /// The effects the last `send` asked for.
    private var effects: [Effect] = []

    private func send(_ actions: Action...) {
        effects = []
        for a in actions {
            let (next, asked) = reduce(state, a)
            state = next
            effects += asked
        }
    }

    private var article: ArticleState { state.article! }
    private var analysis: Analysis { article.analysis! }
    private var body: BodyLayout { article.text.layout(width: state.layout.bodyMetrics.width) }
    private var topLine: Int { body.line(containing: article.top) }
    private func quote(_ id: String) -> Int { analysis.quotes.firstIndex { $0.id == id }! }
    private func selectedRow(_ pane: Pane) -> PaneRow? { article.rows(pane)[safe: article.cursor(pane).selected] }

    // MARK: movement in the body

    func testMoveDownAndUpScrollTheBodyByALine() {
        XCTAssertEqual(state.layout.bodyMetrics.width, 77)
        XCTAssertEqual(state.layout.bodyMetrics.height, 12)
        send(.moveDown)
        XCTAssertEqual(article.top, Int(body.starts[1]))
        send(.moveDown, .moveDown, .moveUp)
        XCTAssertEqual(topLine, 2)
        send(.moveUp, .moveUp, .moveUp)
        XCTAssertEqual(article.top, 0)
    }

    func testPagesAndHalfPages() {
        send(.halfPageDown)
        XCTAssertEqual(topLine, 6)
        send(.pageDown)
        XCTAssertEqual(topLine, 17)
        send(.halfPageUp)
        XCTAssertEqual(topLine, 11)
        send(.pageUp)
        XCTAssertEqual(topLine, 0)
    }

    func testBottomStopsAtTheLastFullPageAndTopReturns() {
        send(.bottom)
        XCTAssertEqual(topLine, body.count - 12)
        send(.moveDown, .pageDown)
        XCTAssertEqual(topLine, body.count - 12)
        send(.top)
        XCTAssertEqual(article.top, 0)
    }

    func testQuotePaneSelectionFollowsTheBody() {
        XCTAssertEqual(selectedRow(.quotes), .quote(quote("q1")))
        let q4 = analysis.quotes[quote("q4")].content
        while body.range(topLine).upperBound <= q4.start && topLine < body.count - 12 {
            send(.moveDown)
        }
        let expected = analysis.quotes.indices.filter { analysis.quotes[$0].content.end > article.top }
            .min { analysis.quotes[$0].content.start < analysis.quotes[$1].content.start }!
        XCTAssertEqual(selectedRow(.quotes), .quote(expected))
        XCTAssertNotEqual(expected, quote("q1"))
    }

    // MARK: panes

    func testFocusCyclesAndNumbersFocusPanes() {
        send(.focusNext)
        XCTAssertEqual(state.focus, .entities)
        XCTAssertEqual(state.sideTab, .entities)
        send(.focusPrevious, .focusPrevious)
        XCTAssertEqual(state.focus, .claims)
        send(.focusBody)
        XCTAssertEqual(state.focus, .body)
        XCTAssertEqual(state.sideTab, .claims)
        send(.focusEntities)
        XCTAssertEqual(state.focus, .entities)
        send(.focusQuotes)
        XCTAssertEqual(state.focus, .quotes)
        send(.focusSources)
        XCTAssertEqual(state.focus, .sources)
        send(.focusClaims)
        XCTAssertEqual(state.focus, .claims)
    }

    func testMovingInAPaneSkipsGroupHeaders() {
        send(.focusEntities)
        let rows = article.rows(.entities)
        XCTAssertEqual(rows[0], .header("PERSON (4)"))
        XCTAssertEqual(article.cursor(.entities).selected, 1)
        send(.moveDown, .moveDown, .moveDown, .moveDown)
        XCTAssertEqual(rows[5], .header("ORG (3)"))
        XCTAssertEqual(article.cursor(.entities).selected, 6)
        send(.moveUp)
        XCTAssertEqual(article.cursor(.entities).selected, 4)
        send(.bottom)
        XCTAssertEqual(article.cursor(.entities).selected, rows.count - 1)
        send(.top)
        XCTAssertEqual(article.cursor(.entities).selected, 1)
    }

    func testPaneScrollKeepsTheSelectionVisible() {
        send(.resize(width: 80, height: 16))
        let height = state.paneHeight(.entities)
        XCTAssertEqual(height, 5)
        send(.focusEntities, .pageDown, .pageDown)
        let c = article.cursor(.entities)
        XCTAssertGreaterThanOrEqual(c.selected, c.scroll)
        XCTAssertLessThan(c.selected, c.scroll + height)
        XCTAssertGreaterThan(c.scroll, 0)
    }

    func testEnterOnAQuoteJumpsAndMarksIt() {
        send(.resize(width: 80, height: 16), .focusQuotes, .bottom, .activate)
        let q = quote("q6")
        XCTAssertEqual(article.mark, Mark(range: analysis.quotes[q].content.range, item: .quote(q)))
        let line = body.line(containing: analysis.quotes[q].content.start)
        XCTAssertTrue(topLine <= line && line < topLine + state.layout.bodyMetrics.height)
    }

    func testEnterOnAnEntityCyclesItsMentions() {
        send(.focusEntities)
        let rows = article.rows(.entities)
        let publico = analysis.entities.firstIndex { $0.name == "Público" }!
        send(.click(x: 0, y: 0))
        state.withArticle { $0.cursors[.entities] = PaneCursor(selected: rows.firstIndex(of: .entity(publico))!) }
        send(.focusEntities, .activate)
        XCTAssertEqual(article.mark?.item, .entity(publico, mention: 0))
        XCTAssertEqual(state.message, "Público: mention 1 of 2")
        send(.activate)
        XCTAssertEqual(article.mark?.range, analysis.entities[publico].mentions[1].range)
        send(.activate)
        XCTAssertEqual(article.mark?.item, .entity(publico, mention: 0))
    }

    func testEnterOnASourceAndAClaim() {
        send(.focusSources)
        XCTAssertEqual(article.rows(.sources).first, .source(0, prefix: ""))
        send(.moveDown, .activate)
        XCTAssertEqual(article.mark?.item, .source(1))
        XCTAssertEqual(article.mark?.range, analysis.sources[1].mentions[0].range)
        send(.focusClaims, .moveDown, .activate)
        XCTAssertEqual(article.mark?.item, .claim(1))
        XCTAssertEqual(article.mark?.range, analysis.claims[1].span.range)
    }

    func testJumpsBringTheBodyForwardWhenOnePaneShowsAtATime() {
        send(.resize(width: 80, height: 12), .focusQuotes, .moveDown, .activate)
        XCTAssertEqual(state.layout.kind, .single)
        XCTAssertEqual(state.focus, .body)
        XCTAssertEqual(article.mark?.quote, quote("q2"))
        send(.focusQuotes, .nextQuote)
        XCTAssertEqual(state.focus, .body)
        XCTAssertEqual(article.mark?.quote, quote("q3"))
    }

    func testSourceTreeIndentsRelays() {
        XCTAssertEqual(article.rows(.sources), [
            .source(0, prefix: ""), .source(1, prefix: "├─ "), .source(5, prefix: "│  ├─ "), .source(6, prefix: "│  └─ "),
            .source(2, prefix: "├─ "), .source(3, prefix: "├─ "), .source(4, prefix: "└─ "),
        ])
    }

    func testGroupingQuotesBySpeakerKeepsTheSelectedQuote() {
        send(.focusQuotes, .moveDown, .moveDown, .moveDown)
        let selected = selectedRow(.quotes)
        XCTAssertEqual(selected, .quote(quote("q4")))
        send(.toggleQuoteGrouping)
        XCTAssertTrue(article.quotesGroupedBySpeaker)
        XCTAssertEqual(article.rows(.quotes).first, .header("Ana Ribeiro (2)"))
        XCTAssertEqual(article.rows(.quotes).last, .quote(quote("q6")))
        XCTAssertEqual(article.rows(.quotes)[article.rows(.quotes).count - 2], .header("unattributed (1)"))
        send(.toggleQuoteGrouping)
        XCTAssertFalse(article.quotesGroupedBySpeaker)
    }

    // MARK: speakers

    func testNextAndPreviousQuote() {
        send(.nextQuote)
        XCTAssertEqual(article.mark?.quote, quote("q1"))
        XCTAssertEqual(state.message, "Quote 1 of 6: Ana Ribeiro")
        send(.nextQuote, .nextQuote)
        XCTAssertEqual(article.mark?.quote, quote("q3"))
        XCTAssertEqual(selectedRow(.quotes), .quote(quote("q3")))
        send(.previousQuote)
        XCTAssertEqual(article.mark?.quote, quote("q2"))
        send(.previousQuote, .previousQuote)
        XCTAssertEqual(article.mark?.quote, quote("q1"))
        XCTAssertEqual(state.message, "No earlier quote")
    }

    func testNextAndPreviousSpeakerSkipTheSameSpeaker() {
        send(.nextQuote, .nextSpeaker)
        XCTAssertEqual(article.mark?.quote, quote("q3"))
        send(.nextSpeaker)
        XCTAssertEqual(article.mark?.quote, quote("q4"))
        send(.nextSpeaker)
        XCTAssertEqual(article.mark?.quote, quote("q6"))
        send(.previousSpeaker)
        XCTAssertEqual(article.mark?.quote, quote("q5"))
        send(.previousSpeaker)
        XCTAssertEqual(article.mark?.quote, quote("q3"))
    }

    func testCycleSpeakerQuotesWraps() {
        send(.nextQuote, .nextSpeaker, .nextSpeaker)
        XCTAssertEqual(article.mark?.quote, quote("q4"))
        send(.cycleSpeakerQuotes)
        XCTAssertEqual(article.mark?.quote, quote("q5"))
        send(.cycleSpeakerQuotes)
        XCTAssertEqual(article.mark?.quote, quote("q4"))
        XCTAssertEqual(state.message, "Back to the first quote by Inês Matos")
    }

    func testSpeakerFilterDimsOthersAndRestrictsQuoteJumps() {
        send(.nextQuote, .nextSpeaker, .nextSpeaker, .toggleSpeakerFilter)
        XCTAssertEqual(article.speakerFilter, "e3")
        XCTAssertEqual(state.message, "Only Inês Matos (f: all speakers)")
        send(.top, .cancel)
        XCTAssertNil(article.speakerFilter)
        send(.nextQuote, .nextSpeaker, .nextSpeaker, .toggleSpeakerFilter)
        state.withArticle { $0.mark = nil }
        send(.top, .nextQuote)
        XCTAssertEqual(article.mark?.quote, quote("q4"))
        send(.nextQuote)
        XCTAssertEqual(article.mark?.quote, quote("q5"))
        send(.nextQuote)
        XCTAssertEqual(state.message, "No further quote")
        send(.toggleSpeakerFilter)
        XCTAssertNil(article.speakerFilter)
        XCTAssertEqual(state.message, "Speaker filter off")
    }

    func testFilterFromTheQuotesPaneUsesTheSelectedQuote() {
        send(.focusQuotes, .moveDown, .moveDown, .toggleSpeakerFilter)
        XCTAssertEqual(article.speakerFilter, "e5")
        send(.toggleSpeakerFilter, .bottom, .toggleSpeakerFilter)
        XCTAssertNil(article.speakerFilter)
        XCTAssertEqual(state.message, "No attributed quote to filter by")
    }

    func testQuoteJumpsWithoutQuotes() {
        state = Fixtures.longState(repeats: 1)
        send(.nextQuote)
        XCTAssertEqual(state.message, "No quotes in this article")
        XCTAssertNil(state.article!.mark)
    }

    // MARK: search

    func testIncrementalSearchMovesAsYouType() {
        state = Fixtures.longState(repeats: 5)
        send(.search)
        XCTAssertTrue(state.search.editing)
        send(.searchInput("M"), .searchInput("o"))
        let first = state.search.match!
        XCTAssertEqual(state.article!.text.text.text(first).lowercased(), "mo")
        send(.searchInput("edas"))
        let moedas = state.search.match!
        XCTAssertEqual(state.article!.text.text.text(moedas), "Moedas")
        send(.searchDeleteBackward, .searchDeleteBackward, .searchDeleteBackward, .searchDeleteBackward)
        XCTAssertEqual(state.search.query, "Mo")
        XCTAssertEqual(state.search.match, first)
        send(.searchInput("edas"), .searchConfirm)
        XCTAssertFalse(state.search.editing)
        XCTAssertEqual(state.search.match, moedas)
        send(.searchNext)
        let second = state.search.match!
        XCTAssertGreaterThan(second.lowerBound, moedas.lowerBound)
        let line = state.bodyLayout!.line(containing: second.lowerBound)
        XCTAssertTrue(state.topLine <= line && line < state.topLine + state.layout.bodyMetrics.height)
        send(.searchPrevious)
        XCTAssertEqual(state.search.match, moedas)
        send(.searchPrevious)
        XCTAssertEqual(state.message, "Match 5 of 5 · wrapped to the bottom")
        XCTAssertGreaterThan(state.search.match!.lowerBound, second.lowerBound)
    }

    func testEscapeWhileTypingReturnsToWhereTheSearchBegan() {
        state = Fixtures.longState(repeats: 5)
        send(.moveDown, .moveDown)
        let origin = state.article!.top
        send(.search, .searchInput("sediment"))
        XCTAssertNotEqual(state.article!.top, origin)
        send(.cancel)
        XCTAssertEqual(state.article!.top, origin)
        XCTAssertFalse(state.search.editing)
        XCTAssertEqual(state.search.query, "")
    }

    func testSearchNotFoundAndNoSearch() {
        send(.searchNext)
        XCTAssertEqual(state.message, "No search yet: press / to search")
        send(.search, .searchInput("zzzz"), .searchConfirm)
        XCTAssertNil(state.search.match)
        XCTAssertEqual(state.message, "Not found: zzzz")
    }

    // MARK: articles

    private func twoArticles() {
        var second = Fixtures.sampleArticle()
        second.annotations = ["c1": ClaimAnnotationSummary(claimID: "c1", verdict: .disputed)]
        state = ReaderState(articles: [Fixtures.sampleArticle(), second], width: 80, height: 24)
    }

    func testListOpensBackAndNextPrevious() {
        twoArticles()
        XCTAssertEqual(state.screen, .list)
        send(.moveDown)
        XCTAssertEqual(state.current, 1)
        send(.activate)
        XCTAssertEqual(state.screen, .article)
        XCTAssertEqual(state.current, 1)
        send(.moveDown, .previousArticle)
        XCTAssertEqual(state.current, 0)
        XCTAssertEqual(state.message, "Article 1 of 2")
        send(.previousArticle)
        XCTAssertEqual(state.message, "This is the first article")
        send(.nextArticle)
        XCTAssertEqual(state.current, 1)
        XCTAssertNotEqual(state.articles[1].top, 0)
        send(.back)
        XCTAssertEqual(state.screen, .list)
        XCTAssertEqual(state.current, 1)
        send(.previousArticle)
        XCTAssertEqual(state.current, 0)
        XCTAssertEqual(state.screen, .list)
    }

    func testBackWithOneArticle() {
        send(.back)
        XCTAssertEqual(state.screen, .article)
        XCTAssertEqual(state.message, "Only one article is open")
    }

    // MARK: annotation hook, help, cancel, quit

    func testAnnotateWithoutTheStoreSaysSo() {
        send(.annotate)
        XCTAssertEqual(state.message, "Annotations are off: no annotation store is open")
        XCTAssertNil(state.editorSession)
        XCTAssertTrue(effects.isEmpty)
    }

    func testAnnotateOpensTheEditorOnTheSelectedClaimAndSavesAsAnEffect() {
        state.annotationEditorAvailable = true
        send(.focusClaims, .moveDown, .annotate)
        XCTAssertEqual(state.editorSession?.claim, 1)
        XCTAssertEqual(state.editorSession?.editor.quote, analysis.claims[1].span.text)
        XCTAssertEqual(article.mark?.item, .claim(1))
        guard case .editorKey(.char("j"))? = KeyRouter.action(for: .char("j"), in: state, keymap: .default) else { return XCTFail() }
        send(.editorKey(.char("d")), .editorKey(.tab), .editorKey(.char("x")), .editorKey(.enter))
        XCTAssertNil(state.editorSession)
        XCTAssertEqual(state.message, "Saving…")
        guard case .saveAnnotation(let save)? = effects.first else { return XCTFail("no save effect") }
        XCTAssertEqual(save.claimID, "c2")
        XCTAssertEqual(save.draft, AnnotationDraft(verdict: .disputed, note: "x", tags: []))
        XCTAssertEqual(save.anchor.range, analysis.claims[1].span.range)
        XCTAssertEqual(save.anchor.exact, analysis.claims[1].span.text)
        XCTAssertEqual(save.document.id, analysis.document.id)
        XCTAssertNil(save.existing)
    }

    func testEscapeInAnUntouchedEditorCloses() {
        state.annotationEditorAvailable = true
        send(.annotate)
        XCTAssertEqual(state.editorSession?.claim, 0)
        send(.editorKey(.escape))
        XCTAssertNil(state.editorSession)
        XCTAssertEqual(state.message, "Not saved")
        XCTAssertTrue(effects.isEmpty)
    }

    func testSavedAndLoadedAnnotationsReachTheClaims() {
        let when = Date(timeIntervalSince1970: 1_000)
        let claim = analysis.claims[2]
        let note = Annotation(documentID: analysis.document.id, verdict: .misleading, note: "n", tags: [], created: when,
                              modified: when, anchor: TextAnchor(range: claim.span.range, in: article.text.text))
        send(.annotationSaved(article: 0, claimID: "c3", note))
        XCTAssertEqual(state.message, "Saved")
        XCTAssertEqual(article.annotation(ofClaim: 2)?.verdict, .misleading)
        XCTAssertEqual(article.annotationCount, 1)
        let elsewhere = Annotation(documentID: analysis.document.id, verdict: .supported, note: "", tags: [], created: when,
                                   modified: when, anchor: TextAnchor(range: 0..<5, in: article.text.text))
        let inside = claim.span.start + 2..<claim.span.end - 2
        send(.annotationsLoaded(article: 0, [AnnotationPlacement(range: 0..<5, annotation: elsewhere),
                                             AnnotationPlacement(range: inside, annotation: note)]))
        XCTAssertEqual(article.annotations.keys.sorted(), ["c3"])
        XCTAssertEqual(article.annotationCount, 2)
        state.annotationEditorAvailable = true
        send(.focusClaims, .bottom, .annotate)
        XCTAssertEqual(state.editorSession?.editor.annotationID, note.id)
        send(.annotationFailed("disk full"))
        XCTAssertEqual(state.message, "Annotation store: disk full")
    }

    func testHelpOpensScrollsAndCloses() {
        send(.help)
        XCTAssertTrue(state.helpVisible)
        send(.moveDown, .moveDown)
        XCTAssertEqual(state.helpScroll, 2)
        XCTAssertEqual(article.top, 0)
        send(.nextQuote)
        XCTAssertNil(article.mark)
        send(.cancel)
        XCTAssertFalse(state.helpVisible)
        send(.help, .help)
        XCTAssertFalse(state.helpVisible)
    }

    func testCancelClearsMarkFilterAndSearch() {
        send(.nextQuote, .toggleSpeakerFilter, .search, .searchInput("barrier"), .searchConfirm)
        XCTAssertNotNil(article.mark)
        XCTAssertNotNil(article.speakerFilter)
        send(.cancel)
        XCTAssertNil(article.mark)
        XCTAssertNil(article.speakerFilter)
        XCTAssertNil(state.search.match)
    }

    // MARK: resize, mouse, background

    func testResizeKeepsTheTopSentenceOnTop() {
        state = Fixtures.longState(repeats: 3)
        send(.pageDown, .pageDown, .moveDown)
        let doc = state.article!.document!
        let sentence = doc.sentences[doc.sentenceIndex(at: state.article!.top)!]
        send(.resize(width: 50, height: 30))
        XCTAssertEqual(state.width, 50)
        let l = state.bodyLayout!
        XCTAssertEqual(state.topLine, l.line(containing: sentence.start))
        send(.resize(width: 160, height: 50))
        XCTAssertEqual(state.layout.kind, .wide)
        XCTAssertEqual(state.topLine, state.bodyLayout!.line(containing: sentence.start))
    }

    func testClickFocusesAPaneAndSelectsTheRow() {
        send(.resize(width: 140, height: 40))
        let rect = state.layout.panes[.claims]!
        send(.click(x: rect.x + 3, y: rect.y + 2))
        XCTAssertEqual(state.focus, .claims)
        XCTAssertEqual(article.cursor(.claims).selected, 2)
        send(.click(x: rect.x + 3, y: rect.y + 10))
        XCTAssertEqual(article.cursor(.claims).selected, 2)
    }

    func testClickOnTheTabBarFocusesThatTab() {
        let bar = state.layout.tabBar!
        send(.click(x: 20, y: bar.y))
        XCTAssertEqual(state.focus, .quotes)
        XCTAssertEqual(state.sideTab, .quotes)
    }

    func testClickOnAQuoteInTheBodyMarksIt() {
        let q = quote("q1")
        let start = analysis.quotes[q].content.start + 3
        let line = body.line(containing: start)
        let text = state.layout.bodyText!
        let column = Sanitizer.width(of: article.text.text.text(body.range(line).lowerBound, start))
        send(.click(x: text.x + column, y: text.y + line))
        XCTAssertEqual(article.mark?.quote, q)
        XCTAssertEqual(state.focus, .body)
    }

    func testWheelScrollsWhatIsUnderThePointer() {
        send(.wheel(up: false, x: 5, y: 3))
        XCTAssertEqual(topLine, 3)
        send(.wheel(up: true, x: 5, y: 3))
        XCTAssertEqual(topLine, 0)
        let side = state.layout.panes[.quotes]!
        send(.wheel(up: false, x: side.x + 1, y: side.y))
        XCTAssertEqual(article.cursor(.quotes).selected, 3)
        XCTAssertEqual(state.focus, .body)
    }

    func testAnalysisProgressFinishedAndAnnotations() {
        let text = ArticleText(path: "late.txt", text: Fixtures.sampleText)
        state = ReaderState(articles: [ArticleState(text: text)], width: 80, height: 24)
        XCTAssertNil(state.article!.index)
        send(.analysisProgress(article: 0, .analysing))
        XCTAssertEqual(state.article!.progress, .analysing)
        send(.analysisFinished(article: 0, Fixtures.sampleAnalysis(), Document(Fixtures.sampleText)))
        XCTAssertEqual(state.article!.progress, .done)
        XCTAssertEqual(state.article!.analysis?.quotes.count, 6)
        XCTAssertEqual(state.article!.rows(.quotes).count, 6)
        send(.setAnnotations(article: 0, [ClaimAnnotationSummary(claimID: "c2", verdict: .false, hasNote: true)]))
        XCTAssertEqual(state.article!.annotation(ofClaim: 1)?.verdict, .false)
        XCTAssertNil(state.article!.annotation(ofClaim: 0))
        send(.analysisFinished(article: 7, Fixtures.sampleAnalysis(), nil))
        XCTAssertEqual(state.articles.count, 1)
    }
}
