import XCTest
@testable import BylineCore

/// Inputs that once trapped the analyser (issue 14). Each ran into a range whose lower bound
/// was above its upper bound, or read a token past the end; each must now analyse cleanly.
final class CrashRegressionTests: XCTestCase {
    /// Analyses `text` with the whole pipeline and checks every span against the text.
    private func analyzeCleanly(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Analysis {
        let analysis = Analyzer().analyze(text)
        let scalars = Array(text.unicodeScalars)
        let spans = analysis.quotes.flatMap { [$0.content, $0.cue, $0.speaker?.mention].compactMap { $0 } }
            + analysis.claims.map(\.span) + analysis.sources.flatMap(\.mentions) + analysis.entities.flatMap(\.mentions)
        for s in spans {
            XCTAssertTrue(0 <= s.start && s.start < s.end && s.end <= scalars.count, "span \(s.start)..<\(s.end)", file: file, line: line)
        }
        AttributionRun(text).assertOffsets(file: file, line: line)
        return analysis
    }

    /// "According to X" with only the full stop after it: the content would start at the stop
    /// and end before it.
    func testAccordingToFollowedOnlyByAFullStop() {
        XCTAssertEqual(analyzeCleanly("According to Reuters .\n").quotes, [])
        XCTAssertEqual(analyzeCleanly("According to Reuters !").quotes, [])
    }

    /// A sentence, and the text, ending on the comma after an addressed cue: the check for a
    /// quotation after the comma read the token past the end.
    func testToldOutletWithTrailingCommaAtTheEndOfTheText() {
        XCTAssertEqual(analyzeCleanly("He told Reuters,").quotes, [])
    }

    /// The same comma closing a sentence inside a text must not look into the next sentence.
    func testToldOutletWithTrailingCommaBeforeAnotherSentence() {
        let analysis = analyzeCleanly("He told Reuters,\n“We will win,” Carla Moss said.")
        XCTAssertEqual(analysis.quotes.map(\.content.text), ["“We will win,”"])
    }

    /// Rules look at the token before and after a cue; at the text's edges those do not exist,
    /// and the token tests must say "no" there rather than trap.
    func testTokenTestsAnswerNoOutsideTheText() {
        let doc = Document("He told Reuters,")
        let view = TokenView(doc)
        for k in [-2, -1, doc.tokens.count, doc.tokens.count + 1] {
            XCTAssertFalse(view.isWord(k) || view.isCapitalized(k) || view.isComma(k) || view.isQuote(k) || view.isTerminator(k)
                           || view.isDash(k) || view.isPossessive(k) || view.isPunct(k, ","), "token \(k)")
            XCTAssertEqual(view.lower(k), "")
        }
        XCTAssertTrue(view.isComma(doc.tokens.count - 1))
        XCTAssertEqual(view.lower(1), "told")
    }

    func testNonEmptyRangesRefuseInvertedBounds() {
        XCTAssertEqual(Range.nonEmpty(3, 7), 3..<7)
        XCTAssertNil(Range.nonEmpty(7, 3))
        XCTAssertNil(Range.nonEmpty(4, 4))
    }
}
