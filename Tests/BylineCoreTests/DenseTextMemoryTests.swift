import XCTest
@testable import BylineCore

/// Issue #14: the analysis of dense text holds memory in proportion to the input, not to the
/// sum of its overlapping quotations and claims. Asserted on the structure of the result (what
/// is copied, what is shared, how much is buffered), which is deterministic, not on a
/// process's resident size.
final class DenseTextMemoryTests: XCTestCase {
    /// Random words, a third of them attribution cues and quotation marks, with no full stop:
    /// the shape of `byline bench --dense`, smaller, from a fixed seed.
    static func denseCues(words count: Int) -> String {
        let words = ["the", "minister", "plan", "Smith", "Jones", "Reuters", "city", "officials", "spokesman", "année"]
        let cues = ["said", "according to", "“", "”", "\"", "said,", "told", ", according to", "Smith said",
                    "said that", "—", "said:", "claimed", "😀"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { _ in next(3) == 0 ? cues[next(cues.count)] : words[next(words.count)] }
            .joined(separator: " ")
    }

    private func spans(_ a: Analysis) -> [Span] {
        a.entities.flatMap(\.mentions) + a.sources.flatMap(\.mentions) + a.claims.map(\.span)
            + a.quotes.flatMap { [$0.content] + [$0.cue, $0.speaker?.mention].compactMap { $0 } }
    }

    func testLongSpansShareTheTextAndEveryCopyIsShort() {
        let text = Self.denseCues(words: 20_000)
        let a = Analyzer().analyze(text)
        let all = spans(a)
        XCTAssertGreaterThan(a.quotes.count, 100)
        XCTAssertTrue(all.contains { $0.length > 10 * ScalarText.sharedSpanLength }, "the dense text has long spans")
        let scalars = Array(text.unicodeScalars)
        var copied = 0
        for span in all {
            XCTAssertEqual(span.text, String(String.UnicodeScalarView(scalars[span.start..<span.end])))
            XCTAssertEqual(span.isShared, span.length > ScalarText.sharedSpanLength)
            if !span.isShared { copied += span.text.utf8.count }
        }
        // What the spans copy is bounded by their number, however much they overlap.
        XCTAssertLessThanOrEqual(copied, all.count * ScalarText.sharedSpanLength * 4)
        XCTAssertNil(a.document.title, "a run-on paragraph has no headline")
    }

    func testJSONStreamsLongSpansInBlocks() {
        let text = Self.denseCues(words: 60_000)
        let a = Analyzer().analyze(text)
        XCTAssertTrue(a.claims.contains { $0.span.length > 4 * JSONWriter.blockBytes })
        var blocks: [Int] = []
        var whole: [UInt8] = []
        AnalysisJSON.write(a, pretty: false) { blocks.append($0.count); whole.append(contentsOf: $0) }
        // A block may end with one short value past the block size, never with a long text.
        XCTAssertLessThanOrEqual(blocks.max() ?? 0, JSONWriter.blockBytes + 4_096)
        XCTAssertEqual(String(decoding: whole, as: UTF8.self), AnalysisJSON.encode(a, pretty: false))
        XCTAssertEqual(try AnalysisJSON.decode(String(decoding: whole, as: UTF8.self)), a)
    }

    func testSharedTextMapsScalarOffsetsAcrossCheckpoints() {
        let pieces = ["a", "é", "–", "😀", "\u{200B}"]
        var string = ""
        for k in 0..<500 { string += pieces[(k * 7 + k / 3) % pieces.count] }
        let text = ScalarText(string)
        let scalars = Array(string.unicodeScalars)
        for start in stride(from: 0, through: scalars.count, by: 13) {
            for end in [start, start + 1, start + 63, start + 64, start + 65, start + 200, scalars.count + 5] {
                let expected = String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)]))
                XCTAssertEqual(text.shared.text(start, end), expected, "\(start)..<\(end)")
            }
        }
        XCTAssertEqual(ScalarText("plain ASCII").shared.text(6, 11), "ASCII")
    }

    func testSharedAndOwnedSpansBehaveAlike() throws {
        let text = ScalarText(String(repeating: "Jones said the plan “works” — année. ", count: 10))
        let shared = text.span(5, 200)
        XCTAssertTrue(shared.isShared)
        let owned = Span(start: 5, end: 200, text: shared.text)
        XCTAssertEqual(shared, owned)
        XCTAssertEqual(shared.hashValue, owned.hashValue)
        let decoded = try JSONDecoder().decode(Span.self, from: JSONEncoder().encode(shared))
        XCTAssertEqual(decoded, owned)
        var moved = shared
        moved.start += 1
        XCTAssertEqual(moved.text, owned.text, "moving the offsets keeps the text, as for an owned span")
        XCTAssertFalse(moved.isShared)
    }

    func testReportClipsALongSpanFromAPrefixAsFromTheWholeText() {
        let hidden = String(repeating: "\u{200B}", count: 300)
        for body in ["x" + hidden + String(repeating: "word ", count: 100), hidden + "short", String(repeating: "ab ", count: 90)] {
            let text = ScalarText(body)
            let span = text.span(0, text.count)
            XCTAssertTrue(span.isShared)
            XCTAssertEqual(TextReport.clip(span, 100), TextReport.clip(span.text, 100))
        }
    }

    func testTextReportOfDenseTextHasShortQuoteAndClaimLines() {
        let a = Analyzer().analyze(Self.denseCues(words: 20_000))
        var lines = 0, longest = 0
        TextReport.render(a) { line in
            guard line.hasPrefix("  Q") || line.hasPrefix("  C") else { return }
            lines += 1
            longest = max(longest, line.unicodeScalars.count)
        }
        XCTAssertEqual(lines, a.quotes.count + a.claims.count)
        XCTAssertLessThan(longest, 300)
    }
}
