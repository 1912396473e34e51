import BylineCore
import XCTest
@testable import BylineReader

/// The indexes behind drawing and jumps: span look-up, search, the source tree, layouts.
final class ModelTests: XCTestCase {
    func testSpanIndexFindsLongAndOverlappingSpans() {
        let index = SpanIndex([(0..<100, "long"), (10..<12, "a"), (50..<60, "b"), (55..<58, "c"), (120..<130, "d")])
        XCTAssertEqual(index.overlapping(40..<52).filter { $0.range.overlaps(40..<52) }.map(\.payload), ["long", "b"])
        var seen: [String] = []
        index.forEach(overlapping: 56..<57) { seen.append($0.payload) }
        XCTAssertEqual(seen, ["long", "b", "c"])
        seen = []
        index.forEach(overlapping: 100..<120) { seen.append($0.payload) }
        XCTAssertEqual(seen, [])
        index.forEach(overlapping: 129..<200) { seen.append($0.payload) }
        XCTAssertEqual(seen, ["d"])
    }

    func testSearchIsCaseInsensitiveAndWraps() {
        let text = ScalarStorage("Alpha beta ALPHA Ünïcode ünÏcode")
        XCTAssertEqual(TextSearch.find("alpha", in: text, from: 1, forward: true)?.range, 11..<16)
        XCTAssertEqual(TextSearch.find("alpha", in: text, from: 12, forward: true)?.range, 0..<5)
        XCTAssertEqual(TextSearch.find("alpha", in: text, from: 12, forward: true)?.wrapped, true)
        XCTAssertEqual(TextSearch.find("alpha", in: text, from: 11, forward: false)?.range, 0..<5)
        XCTAssertEqual(TextSearch.find("alpha", in: text, from: 0, forward: false)?.range, 11..<16)
        XCTAssertEqual(TextSearch.find("ÜNÏCODE", in: text, from: 0, forward: true)?.range, 17..<24)
        XCTAssertNil(TextSearch.find("gamma", in: text, from: 0, forward: true))
        XCTAssertEqual(TextSearch.matches("a", in: text, startingIn: 0..<10), [0..<1, 4..<5, 9..<10])
    }

    func testSourceTreeSurvivesCyclesAndUnknownParents() {
        let sources = [
            Source(id: "a", name: "A", kind: .outlet, entity: nil, via: "b"),
            Source(id: "b", name: "B", kind: .outlet, entity: nil, via: "a"),
            Source(id: "c", name: "C", kind: .person, entity: nil, via: "nowhere"),
            Source(id: "p", name: "P", kind: .publisher, entity: nil, via: nil),
            Source(id: "d", name: "D", kind: .person, entity: nil, via: "p"),
        ]
        XCTAssertEqual(SourceTree.rows(sources), [
            .source(3, prefix: ""), .source(4, prefix: "└─ "), .source(2, prefix: ""),
            .source(0, prefix: ""), .source(1, prefix: "└─ "),
        ])
    }

    func testScreenLayoutKinds() {
        XCTAssertEqual(ScreenLayout(width: 120, height: 35, focus: .body, sideTab: .quotes).kind, .wide)
        XCTAssertEqual(ScreenLayout(width: 119, height: 35, focus: .body, sideTab: .quotes).kind, .tabbed)
        XCTAssertEqual(ScreenLayout(width: 200, height: 34, focus: .body, sideTab: .quotes).kind, .tabbed)
        XCTAssertEqual(ScreenLayout(width: 80, height: 13, focus: .body, sideTab: .quotes).kind, .single)
        XCTAssertEqual(ScreenLayout(width: 29, height: 40, focus: .body, sideTab: .quotes).kind, .tooSmall)
        XCTAssertEqual(ScreenLayout(width: 20, height: 6, focus: .body, sideTab: .quotes).kind, .tooSmall)
        let wide = ScreenLayout(width: 140, height: 40, focus: .body, sideTab: .quotes)
        XCTAssertEqual(wide.panes[.body], Rect(x: 0, y: 1, width: 83, height: 38))
        XCTAssertEqual(wide.bodyText, Rect(x: 2, y: 1, width: 80, height: 38))
        XCTAssertEqual(Pane.side.map { wide.titles[$0]!.y }, [0, 9, 18, 27])
        XCTAssertEqual(wide.pane(atX: 100, y: 20), .sources)
        XCTAssertEqual(wide.pane(atX: 10, y: 20), .body)
        XCTAssertNil(wide.pane(atX: 83, y: 20))
    }

    func testQuoteRowsAndPositions() {
        let index = AnalysisIndex(Fixtures.sampleAnalysis())
        let quotes = index.analysis.quotes
        XCTAssertEqual(index.quoteOrder.map { quotes[$0].id }, ["q1", "q2", "q3", "q4", "q5", "q6"])
        XCTAssertEqual(index.speakers.map(\.name), ["Ana Ribeiro", "Lisbon Port Authority", "Inês Matos"])
        XCTAssertEqual(index.tint(ofQuote: 0), StyleRole.speakerTints[0])
        XCTAssertEqual(index.tint(ofQuote: 3), StyleRole.speakerTints[2])
        XCTAssertEqual(index.tint(ofQuote: 5), .quote)
        XCTAssertEqual(index.firstQuote(endingAfter: 0), 0)
        XCTAssertEqual(index.firstQuote(endingAfter: quotes[0].content.end - 1), 0)
        XCTAssertEqual(index.firstQuote(endingAfter: quotes[0].content.end), 1)
        XCTAssertNil(index.firstQuote(endingAfter: quotes[5].content.end))
        XCTAssertEqual(index.row(ofQuote: 3, groupedBySpeaker: true), 6)
        XCTAssertEqual(index.counts, [.entities: 10, .quotes: 6, .sources: 7, .claims: 3])
    }

    func testSidePaneHeightsFollowTheirRows() {
        XCTAssertEqual(ScreenLayout.sideHeights(total: 39, rows: [:]), [9, 9, 9, 12])
        XCTAssertEqual(ScreenLayout.sideHeights(total: 39, rows: [.entities: 40, .quotes: 0, .sources: 0, .claims: 0]), [33, 2, 2, 2])
        XCTAssertEqual(ScreenLayout.sideHeights(total: 39, rows: [.entities: 3, .quotes: 2, .sources: 1, .claims: 1]), [4, 3, 2, 30])
        XCTAssertEqual(ScreenLayout.sideHeights(total: 20, rows: [.entities: 30, .quotes: 30, .sources: 2, .claims: 30]), [6, 6, 3, 5])
        XCTAssertEqual(ScreenLayout.sideHeights(total: 20, rows: [.entities: 30, .quotes: 30, .sources: 2, .claims: 30]).reduce(0, +), 20)
    }

    func testScoresPrintWithTwoDecimals() {
        XCTAssertEqual(SidePane.score(0.81), "0.81")
        XCTAssertEqual(SidePane.score(0.9), "0.90")
        XCTAssertEqual(SidePane.score(0.054), "0.05")
        XCTAssertEqual(SidePane.score(1), "1.00")
        XCTAssertEqual(SidePane.score(-3), "0.00")
    }
}
