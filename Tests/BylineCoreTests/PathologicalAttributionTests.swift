import XCTest
@testable import BylineCore

final class PathologicalAttributionTests: XCTestCase {
    func testUnbalancedQuoteDoesNotSwallowTheRestOfTheArticle() {
        let text = "He said “this never closes and runs on\nNora Vance said that the vote was fair.\nThe end."
        let run = AttributionRun(text)
        let later = run.quote(containing: "the vote was fair")
        XCTAssertEqual(later?.content.text, "the vote was fair")
        XCTAssertEqual(later?.speaker?.name, "Nora Vance")
        XCTAssertFalse(run.quotes.contains { $0.content.text.contains("The end") })
        run.assertOffsets()
    }

    func testTenThousandQuotationMarks() {
        let run = AttributionRun(String(repeating: "“", count: 5_000) + "x" + String(repeating: "”", count: 5_000))
        XCTAssertTrue(run.quotes.count <= 1)
        run.assertOffsets()
    }

    func testStraightQuotesEverywhere() {
        let run = AttributionRun(String(repeating: "He said \" and ", count: 2_000))
        run.assertOffsets()
        XCTAssertTrue(run.quotes.allSatisfy { $0.content.length > 0 })
    }

    func testTextWithoutSpaces() {
        let run = AttributionRun(String(repeating: "abcdefghij", count: 10_000))
        XCTAssertEqual(run.quotes, [])
        XCTAssertEqual(run.sources, [])
    }

    /// One endless sentence of "X said according to Y": each "according to" content used to run
    /// back to the sentence's start, because the "said" right before it ends where that content
    /// ends and so bounded nothing; the quotations' text then grew with the square of the input.
    /// Counted, not timed: the quoted text must stay within a small multiple of the input.
    func testDenseCuesInOneSentenceKeepQuotationsLinear() {
        let unit = "officials met in the city and Smith said according to Jones the plan works "
        for repeats in [400, 800] {
            let text = String(repeating: unit, count: repeats)
            let run = AttributionRun(text)
            XCTAssertGreaterThan(run.quotes.count, repeats, "the cues must still be found")
            let quoted = run.quotes.reduce(0) { $0 + $1.content.length }
            XCTAssertLessThanOrEqual(quoted, 3 * text.unicodeScalars.count,
                                     "\(repeats) repeats: \(quoted) scalars quoted from \(text.unicodeScalars.count)")
            XCTAssertLessThanOrEqual(run.quotes.map(\.content.length).max() ?? 0, 2 * FrameFinder.longContent)
        }
    }

    func testEmptyAndMarkOnlyInputs() {
        XCTAssertEqual(AttributionRun("").quotes, [])
        XCTAssertEqual(AttributionRun("”“\"'’‘«»„").quotes, [])
    }

    func testAnalyzerRunsTheStage() {
        let analysis = Analyzer().analyze("“We will win,” Carla Moss said.\nSource: example.org")
        XCTAssertEqual(analysis.quotes.first?.speaker?.name, "Carla Moss")
        XCTAssertEqual(analysis.sources.first?.name, "example.org")
        XCTAssertEqual(analysis.sources.first?.kind, .publisher)
    }
}
