import BylineCore
import XCTest
@testable import BylineReader

/// Issue 15.7: what the reader says is true and fits: counts agree in number, cut lines end
/// in an ellipsis, and `s` on a speaker's only quote does not claim to go back.
final class ReaderWordingTests: XCTestCase {
    private func send(_ state: inout ReaderState, _ actions: Action...) {
        for a in actions { state = reduce(state, a).state }
    }

    func testOneQuoteAndOneClaimAreSingular() {
        let full = Fixtures.sampleAnalysis()
        let one = Analysis(path: full.path, document: full.document, entities: full.entities, quotes: [full.quotes[0]],
                           sources: [], claims: [full.claims[0]])
        let state = ReaderState(articles: [ArticleState(text: ArticleText(path: "sample.txt", text: Fixtures.sampleText),
                                                        analysis: one)])
        XCTAssertEqual(StatusBar.analysisProgress(state), "1 quote, 1 claim")
        XCTAssertEqual(StatusBar.analysisProgress(Fixtures.sampleState()), "6 quotes, 3 claims")
        XCTAssertEqual(UnreadableInput.summary([UnreadableInput(path: "a", message: "a: x")]),
                       "Could not read 1 input: see the end of the list")
    }

    func testSourceRowsCutWithAnEllipsis() {
        var state = Fixtures.sampleState(width: 40, height: 24)
        send(&state, .focusSources)
        let lines = ReaderView.render(state, width: 40, height: 24).lines
        let row = try? XCTUnwrap(lines.first { $0.contains("Lisbon Port") })
        XCTAssertTrue(row?.hasSuffix("…") ?? false, "cut without an ellipsis: \(row ?? lines.joined(separator: "\n"))")
        let wide = ReaderView.render(Fixtures.sampleState(width: 140, height: 40), width: 140, height: 40).lines
        XCTAssertTrue(wide.contains { $0.contains("Lisbon Port Authority (organization) · 1 quote") }, "whole when it fits")
    }

    /// Piped input (path "-") is called "standard input" until the analysis finds a headline.
    func testStandardInputIsNamedSoNotDash() {
        let piped = ArticleState(text: ArticleText(path: "-", text: "the pilots left at noon."))
        XCTAssertEqual(piped.title, "standard input")
        let state = ReaderState(articles: [piped], width: 80, height: 24)
        let lines = ReaderView.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines[0].hasPrefix(" 1 Body · standard input "), lines[0])
        XCTAssertTrue(lines[23].hasPrefix(" standard input · "), lines[23])
        XCTAssertEqual(ArticleState(text: ArticleText(path: "news/-", text: "")).title, "-", "a file named “-” keeps its name")
    }

    func testSOnASpeakersOnlyQuoteSaysSo() {
        var state = Fixtures.sampleState()
        let analysis = state.article!.analysis!
        let portQuote = analysis.quotes.firstIndex { $0.id == "q3" }!
        send(&state, .nextQuote, .nextQuote, .nextQuote)
        XCTAssertEqual(state.article?.mark?.quote, portQuote)
        send(&state, .cycleSpeakerQuotes)
        XCTAssertEqual(state.message, "Lisbon Port Authority has no other quote")
        XCTAssertEqual(state.article?.mark?.quote, portQuote)
        send(&state, .previousQuote, .cycleSpeakerQuotes)
        XCTAssertEqual(state.message, "Back to the first quote by Ana Ribeiro", "Ana Ribeiro has two quotes")
    }
}
