import BylineCore
import XCTest
@testable import BylineReader

/// Every line of the reader that can be too long for its place ends in "…" when cut, at 80×24
/// and 140×40 (and narrower where a line only overflows there): pane titles, the tab bar, the
/// side panes' group headers, the list's heading, the search prompt, the help overlay.
final class EllipsisAuditTests: XCTestCase {
    private let longTitle = "Harbour city weighs a movable flood barrier for the Tagus estuary as projected costs climb past every estimate"
    private let longSpeaker = "The spokesperson of the Ministry of Infrastructure, Housing and Territorial Cohesion of Portugal"

    private func send(_ state: ReaderState, _ actions: [Action]) -> ReaderState {
        var s = reduce(state, .resize(width: state.width, height: state.height)).state
        for a in actions { s = reduce(s, a).state }
        return s
    }

    private func lines(_ state: ReaderState) -> [String] {
        ReaderView.render(state, width: state.width, height: state.height).lines
    }

    /// The sample as a page with a long title, its first quote said by someone with a long name.
    private func longNamedState(width: Int, height: Int) -> ReaderState {
        var analysis = Fixtures.sampleAnalysis()
        analysis.quotes[0].speaker = Speaker(name: longSpeaker, entity: nil, mention: nil)
        let text = ArticleText(path: "sample.html", text: Fixtures.sampleText, format: .html,
                               pageMetadata: ArticleMetadata(title: longTitle, format: .html))
        var s = ReaderState(articles: [ArticleState(text: text, analysis: analysis, document: Document(Fixtures.sampleText))],
                            width: width, height: height)
        s.keyHelp = Keymap.default.help
        return s
    }

    func testTheBodyTitleIsCutWithAnEllipsis() {
        for (w, h, body) in [(80, 24, 80), (140, 40, 83)] {
            let title = String(lines(send(longNamedState(width: w, height: h), []))[0].prefix(body))
            XCTAssertTrue(title.hasPrefix(" 1 Body · Harbour city weighs"), title)
            XCTAssertTrue(title.hasSuffix("…"), "\(w)×\(h): \(title)")
        }
    }

    func testGroupHeadersInTheQuotesPaneAreCutWithAnEllipsis() {
        for (w, h) in [(80, 24), (140, 40)] {
            let shown = lines(send(longNamedState(width: w, height: h), [.focusQuotes, .toggleQuoteGrouping]))
            let header = shown.first { $0.contains("The spokesperson of the Ministry") }
            XCTAssertNotNil(header, shown.joined(separator: "\n"))
            let inPane = header.map { String($0.suffix(w == 140 ? 56 : w)) } ?? ""
            XCTAssertTrue(inPane.hasSuffix("…"), "\(w)×\(h): \(inPane)")
        }
    }

    func testTheListHeadingWithALongFilterIsCutWithAnEllipsis() {
        let a = ArticleState(text: ArticleText(path: "a.txt", text: "Ferry strike ends\n\nThe strike ended.\n"))
        let b = ArticleState(text: ArticleText(path: "b.txt", text: "Library reopens\n\nIt reopened.\n"))
        for (w, h) in [(80, 24), (140, 40)] {
            var s = ReaderState(articles: [a, b], width: w, height: h)
            s = send(s, [.search, .searchInput(String(repeating: "a very long filter ", count: 8))])
            let heading = lines(s)[0]
            XCTAssertTrue(heading.hasPrefix(" Articles matching “a very long filter"), heading)
            XCTAssertTrue(heading.hasSuffix("…"), "\(w)×\(h): \(heading)")
        }
    }

    func testALongSearchShowsItsEndWhileTyped() throws {
        let paragraph = try XCTUnwrap(Fixtures.sampleText.split(separator: "\n").first { $0.hasPrefix("LISBON") })
        let query = String(paragraph.prefix(200))
        for (w, h) in [(80, 24), (140, 40)] {
            let status = lines(send(Fixtures.sampleState(width: w, height: h), [.search, .searchInput(query)]))[h - 1]
            XCTAssertTrue(status.hasPrefix("/…"), status)
            XCTAssertTrue(status.contains(String(query.suffix(30)) + " "), "the end being typed shows: \(status)")
            XCTAssertTrue(status.hasSuffix(" Match 1 of 1 "), status)
        }
    }

    func testANarrowTabBarCutsTheLastTabWithAnEllipsis() {
        let s = send(Fixtures.sampleState(width: 44, height: 24), [])
        let bar = try? XCTUnwrap(lines(s).first { $0.hasPrefix(" 2 Entities") })
        XCTAssertEqual(bar, " 2 Entities │ 3 Quotes │ 4 Sources │ 5 Clai…")
    }

    func testHelpTitleAndFooterAreCutWithAnEllipsisWhenNarrow() {
        var s = send(Fixtures.sampleState(width: 40, height: 24), [.help])
        for _ in 0..<200 { s = reduce(s, .moveDown).state }
        let shown = lines(s)
        XCTAssertTrue(shown.contains { $0.contains("┌─ Keys · ? or Esc closes · j/k scr…─┐") }, shown.joined(separator: "\n"))
        XCTAssertTrue(shown.contains { $0.contains("│ Mouse: click focuses and selects;…") }, shown.joined(separator: "\n"))
    }

    /// The text of `width` cells from (`x`, `y`), trailing blanks dropped.
    private func cells(_ b: Buffer, x: Int, y: Int, width: Int) -> String {
        (x..<x + width).map { b[$0, y].text }.joined().replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }

    /// `shown` is `whole`, or a beginning of it ending in "…".
    private func wholeOrCut(_ shown: String, _ whole: String) -> Bool {
        shown == whole || (shown.hasSuffix("…") && whole.hasPrefix(shown.dropLast()))
    }

    /// Every row of the help overlay, in each of its columns, shows its action's keys, name and
    /// help whole, or cut with "…": never a word cut short with nothing to say so. At 140×40
    /// every row is whole.
    func testEveryHelpRowIsWholeOrEndsInAnEllipsis() {
        for (w, h) in [(80, 24), (140, 40)] {
            let state = send(Fixtures.sampleState(width: w, height: h), [.help])
            let grid = HelpOverlay.grid(width: w)
            let boxWidth = HelpOverlay.boxWidth(screenWidth: w)
            let boxHeight = min(h - 2, grid.rows + 2)
            let (boxX, boxY) = ((w - boxWidth) / 2, max(0, (h - 1 - boxHeight) / 2))
            var seen = 0
            for (c, column) in grid.columns.enumerated() {
                let x = boxX + 2 + c * (grid.columnWidth + HelpOverlay.columnGap)
                for (row, line) in column.enumerated() {
                    guard case .action(let name, let help) = line else { continue }
                    var scrolled = state
                    scrolled.helpScroll = row
                    let scroll = max(0, min(row, grid.rows - (boxHeight - 2)))
                    let y = boxY + 1 + row - scroll
                    let b = ReaderView.render(scrolled, width: w, height: h)
                    let keys = cells(b, x: x, y: y, width: HelpOverlay.keyWidth)
                    let drawnName = cells(b, x: x + HelpOverlay.keyWidth, y: y, width: HelpOverlay.nameWidth)
                    let drawnHelp = cells(b, x: x + HelpOverlay.keyWidth + HelpOverlay.nameWidth, y: y,
                                          width: grid.columnWidth - HelpOverlay.keyWidth - HelpOverlay.nameWidth)
                    XCTAssertEqual(drawnName, name, "\(w)×\(h)")
                    let allKeys = state.keyHelp[name] ?? "(unbound)"
                    XCTAssertTrue(wholeOrCut(keys, allKeys), "\(w)×\(h) \(name): keys “\(keys)” of “\(allKeys)”")
                    XCTAssertTrue(wholeOrCut(drawnHelp, help), "\(w)×\(h) \(name): “\(drawnHelp)” of “\(help)”")
                    if w == 140 {
                        XCTAssertEqual(keys, allKeys, "at 140×40 every key shows")
                        XCTAssertEqual(drawnHelp, help, "at 140×40 every help shows whole")
                    }
                    seen += 1
                }
            }
            XCTAssertEqual(seen, ActionTable.all.count, "\(w)×\(h)")
        }
    }
}
