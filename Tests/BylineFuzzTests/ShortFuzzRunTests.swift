import BylineCore
import BylineFuzz
import Foundation
import XCTest

/// A short fuzz run with a fixed seed, so that CI exercises the generator and the harness on
/// every change; `byline-fuzz run` is the long form.
final class ShortFuzzRunTests: XCTestCase {
    static let seed: UInt64 = 14

    func testAFixedSeedRunKeepsTheInvariants() {
        let seeds = CorpusReplayTests.corpus.inputs().map(\.bytes)
        let generator = FuzzTextGenerator(seeds: seeds)
        let harness = FuzzHarness()
        for index in 0..<800 {
            let input = generator.input(seed: Self.seed, case: index)
            let broken = harness.violations(input)
            XCTAssertEqual(broken, [], "case \(index): \(String(decoding: input, as: UTF8.self).debugDescription)")
            if !broken.isEmpty { return }
        }
    }

    func testCasesAreReproducibleAndVaried() {
        let generator = FuzzTextGenerator()
        XCTAssertEqual(generator.input(seed: 7, case: 3), generator.input(seed: 7, case: 3))
        let distinct = Set((0..<200).map { generator.input(seed: 7, case: $0) })
        XCTAssertGreaterThan(distinct.count, 180)
        let texts = (0..<500).map { String(decoding: generator.input(seed: 7, case: $0), as: UTF8.self) }
        XCTAssertTrue(texts.contains { $0.contains("“") && $0.contains("said") })
        XCTAssertTrue(texts.contains { $0.contains("According to") })
        XCTAssertTrue(texts.contains { $0.contains("\n") })
        XCTAssertTrue(texts.contains { $0.unicodeScalars.contains { $0.value > 0xFFFF } })
    }

    /// The checker must notice a span whose text does not match the document, an inverted
    /// span and a dangling source, or a clean fuzz run proves nothing.
    func testTheInvariantsCatchBrokenAnalyses() {
        let text = "“We will win,” Carla Moss said."
        let good = Analyzer().analyze(text)
        XCTAssertEqual(AnalysisInvariants.violations(of: good, text: text), [])
        XCTAssertFalse(good.quotes.isEmpty)
        var shifted = good
        shifted.quotes[0].content.start += 1
        XCTAssertFalse(AnalysisInvariants.violations(of: shifted, text: text).isEmpty)
        var inverted = good
        inverted.quotes[0].content = Span(start: 5, end: 3, text: "")
        XCTAssertFalse(AnalysisInvariants.violations(of: inverted, text: text).isEmpty)
        var dangling = good
        dangling.quotes[0].source = "S99"
        XCTAssertFalse(AnalysisInvariants.violations(of: dangling, text: text).isEmpty)
    }
}
