import BylineFuzz
import Foundation
import XCTest

/// Replays the kept fuzz corpus (every crash found so far and every input that showed a new
/// behaviour) through the whole analysis; each must keep every invariant.
final class CorpusReplayTests: XCTestCase {
    static let corpus = FuzzCorpus(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus"))

    func testEveryCorpusInputKeepsTheInvariants() {
        let inputs = Self.corpus.inputs()
        XCTAssertGreaterThan(inputs.count, 20, "the corpus is missing")
        let harness = FuzzHarness()
        for input in inputs {
            XCTAssertEqual(harness.violations(input.bytes), [], input.name)
        }
    }

    /// The two inputs of issue 14 that first crashed the attribution stage stay in the corpus.
    func testTheIssueCrashesAreKept() {
        let names = Set(Self.corpus.inputs().map(\.bytes).map { String(decoding: $0, as: UTF8.self) })
        XCTAssertTrue(names.contains("According to Reuters .\n"))
        XCTAssertTrue(names.contains("He told Reuters,"))
    }
}
