import BylineCore
import XCTest
@testable import BylineReader

/// Issue 15.4: search says which match of how many is shown and when it went round the end;
/// `/` on the article list filters it by title, site and author.
final class SearchFeedbackTests: XCTestCase {
    private var state = Fixtures.sampleState()

    private func send(_ actions: Action...) {
        for a in actions { state = reduce(state, a).state }
    }

    /// Occurrences of an ASCII word in the sample, counted here without the reader's code.
    private func occurrences(_ word: String) -> Int {
        let text = Array(Fixtures.sampleText.lowercased().unicodeScalars), w = Array(word.unicodeScalars)
        return (0...(text.count - w.count)).filter { i in Array(text[i..<i + w.count]) == w }.count
    }

    func testTypingAndNSayMatchNOfTotal() {
        let total = occurrences("barrier")
        XCTAssertGreaterThan(total, 2)
        send(.search, .searchInput("barrier"))
        XCTAssertEqual(state.message, "Match 1 of \(total)")
        send(.searchConfirm)
        XCTAssertNil(state.message)
        send(.searchNext)
        XCTAssertEqual(state.message, "Match 2 of \(total)")
        for _ in 2..<total { send(.searchNext) }
        XCTAssertEqual(state.message, "Match \(total) of \(total)")
        send(.searchNext)
        XCTAssertEqual(state.message, "Match 1 of \(total) · wrapped to the top")
        send(.searchPrevious)
        XCTAssertEqual(state.message, "Match \(total) of \(total) · wrapped to the bottom")
        send(.searchPrevious)
        XCTAssertEqual(state.message, "Match \(total - 1) of \(total)")
    }

    func testASingleMatchWrapsOntoItself() {
        send(.search, .searchInput("hydrological"), .searchConfirm, .searchNext)
        XCTAssertEqual(state.message, "Match 1 of 1 · wrapped to the top")
    }

    private func listOfThree() -> ReaderState {
        func page(_ path: String, title: String, by: [String], site: String) -> ArticleState {
            ArticleState(text: ArticleText(path: path, text: title + "\n\nBody.\n", format: .html,
                                           pageMetadata: ArticleMetadata(title: title, byline: by, format: .html, site: site)))
        }
        var s = ReaderState(articles: [
            page("a.html", title: "Ferry strike ends", by: ["Rita Alves"], site: "The Coastal Courier"),
            page("b.html", title: "Library reopens", by: ["Jonas Ek"], site: "Harbour Times"),
            page("c.html", title: "Tides turn on the ferry budget", by: ["Mia Holm"], site: "Harbour Times"),
        ], width: 100, height: 24)
        s.keyHelp = Keymap.default.help
        return s
    }

    func testSlashInTheListFiltersByTitleSiteAndAuthor() {
        state = listOfThree()
        XCTAssertEqual(state.screen, .list)
        send(.search, .searchInput("FERRY"))
        XCTAssertEqual(state.listedArticles, [0, 2], "titles, case ignored")
        send(.searchConfirm, .moveDown)
        XCTAssertEqual(state.current, 2, "movement stays among the listed articles")
        let lines = ReaderView.render(state, width: 100, height: 24).lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("Articles matching “FERRY”: 2 of 3"), lines)
        XCTAssertFalse(lines.contains("Library reopens"), lines)
        send(.cancel)
        XCTAssertEqual(state.listedArticles, [0, 1, 2])
        send(.search, .searchInput("harbour t"))
        XCTAssertEqual(state.listedArticles, [1, 2], "sites")
        XCTAssertEqual(state.current, 2, "the selection stays when it still matches")
        send(.searchDeleteBackward, .searchDeleteBackward, .searchDeleteBackward, .searchDeleteBackward, .searchDeleteBackward,
             .searchDeleteBackward, .searchDeleteBackward, .searchDeleteBackward, .searchDeleteBackward, .searchInput("jonas"))
        XCTAssertEqual(state.listedArticles, [1], "authors")
        XCTAssertEqual(state.current, 1)
        send(.searchConfirm, .activate)
        XCTAssertEqual(state.screen, .article)
        XCTAssertEqual(state.current, 1)
        send(.back)
        XCTAssertEqual(state.listFilter, "jonas", "the filter stays while reading")
        send(.search, .searchInput("x"))
        XCTAssertEqual(state.listedArticles, [])
        XCTAssertEqual(state.message, "No article matches jonasx")
        send(.searchConfirm, .activate)
        XCTAssertEqual(state.screen, .list, "Enter opens nothing when nothing is listed")
        send(.cancel)
        XCTAssertEqual(state.listFilter, "")
    }

    /// One matcher for stepping, highlighting and counting: stepping with `find` from the top
    /// visits exactly the matches `matches` highlights, numbered as `position` numbers them,
    /// case folded beyond ASCII and overlapping matches included.
    func testFindMatchesAndPositionAgree() {
        let text = ScalarStorage("Ärger, ärger; ÄRGER! Straße STRASSE aaaa Ångström ångström")
        for query in ["ärger", "Ä", "aa", "ÅNGSTRÖM", "straße", "r", "m"] {
            let all = TextSearch.matches(query, in: text, startingIn: 0..<text.count)
            var stepped: [Range<Int>] = []
            var from = 0
            while let hit = TextSearch.find(query, in: text, from: from, forward: true), !hit.wrapped {
                stepped.append(hit.range)
                from = hit.range.lowerBound + 1
            }
            XCTAssertEqual(stepped, all, query)
            XCTAssertFalse(all.isEmpty, query)
            for (n, m) in all.enumerated() {
                let position = TextSearch.position(of: m, query, in: text)
                XCTAssertEqual(position.number, n + 1, query)
                XCTAssertEqual(position.total, all.count, query)
            }
        }
        XCTAssertEqual(TextSearch.matches("aaa", in: text, startingIn: 37..<40).map(\.lowerBound), [37], "overlapping, and only those starting in the window")
        XCTAssertTrue(TextSearch.position(of: 0..<1, String(repeating: "a", count: 200), in: text) == (0, 0))
    }
}
