import BylineCore
import XCTest
@testable import BylineReader

final class WrappingTests: XCTestCase {
    private func wrap(_ text: String, _ width: Int) -> (BodyLayout, [String]) {
        let a = ArticleText(path: "t", text: text)
        let l = a.layout(width: width)
        return (l, (0..<l.count).map { a.text.text(l.range($0)) })
    }

    func testGreedyWrapAtSpaces() {
        let (_, lines) = wrap("the quick brown fox jumps over the lazy dog", 10)
        XCTAssertEqual(lines, ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    func testLongWordIsBrokenAtTheWidth() {
        let (_, lines) = wrap("a abcdefghijkl b", 5)
        XCTAssertEqual(lines, ["a", "abcde", "fghij", "kl b"])
    }

    func testParagraphsAreSeparatedByABlankLine() {
        let (l, lines) = wrap("First para.\nSecond para here.", 40)
        XCTAssertEqual(lines, ["First para.", "", "Second para here."])
        XCTAssertEqual(l.paragraphFirstLines, [0, 2])
        XCTAssertEqual(l.range(1), 11..<11)
    }

    func testWideCharactersWrapByDisplayWidth() {
        let (_, lines) = wrap("北京北京北京 ab", 5)
        XCTAssertEqual(lines, ["北京", "北京", "北京", "ab"])
    }

    func testCombiningMarksDoNotCountTowardsWidth() {
        let (_, lines) = wrap("e\u{301}e\u{301}e\u{301} abc", 3)
        XCTAssertEqual(lines, ["e\u{301}e\u{301}e\u{301}", "abc"])
    }

    func testInvisibleCharactersDoNotCountTowardsWidth() {
        let (_, lines) = wrap("ab\u{200B}\u{202E}c de", 3)
        XCTAssertEqual(lines, ["ab\u{200B}\u{202E}c", "de"])
    }

    func testLinesMapBackToScalarOffsets() {
        let text = "Alpha beta gamma delta epsilon zeta eta theta."
        let (l, lines) = wrap(text, 12)
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(lines.joined(separator: " "), text)
        for n in 0..<l.count {
            let r = l.range(n)
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[r])), lines[n])
            XCTAssertEqual(l.line(containing: r.lowerBound), n)
            XCTAssertEqual(l.line(containing: r.upperBound - 1), n)
        }
    }

    func testHardWrappedTextIsReflowed() {
        let text = "This is a hard\nwrapped paragraph\nof text that\ncontinues here\n\nAnd a second\nblock of lines\nthat goes on\nfor a while"
        let (_, raw) = wrap(text, 40)
        let lines = raw.map { $0.replacingOccurrences(of: "\n", with: " ") }
        XCTAssertEqual(lines, ["This is a hard wrapped paragraph of text", "that continues here", "",
                               "And a second block of lines that goes on", "for a while"])
    }

    /// Issue 15.14: the cache must wrap once per width; a cache that rebuilt every time would
    /// return equal layouts too, so the builds are counted.
    func testCacheWrapsOncePerWidthAndKeepsTheLastFour() {
        let cache = BodyLayoutCache()
        var builds: [Int] = []
        func layout(_ width: Int) -> BodyLayout {
            cache.layout(width: width) {
                builds.append(width)
                return BodyLayout(scalars: ScalarStorage("one two three four five six"), paragraphs: [0..<27], width: width)
            }
        }
        XCTAssertEqual(layout(9).count, 4)
        XCTAssertEqual(layout(9).count, 4)
        XCTAssertEqual(layout(100).count, 1)
        XCTAssertEqual(builds, [9, 100], "a width asked for again is not wrapped again")
        for w in [20, 30, 40] { _ = layout(w) }
        _ = layout(100)
        XCTAssertEqual(builds, [9, 100, 20, 30, 40], "four widths are kept")
        _ = layout(9)
        XCTAssertEqual(builds, [9, 100, 20, 30, 40, 9], "the oldest width was let go")
        let text = ArticleText(path: "t", text: "one two three four five six")
        XCTAssertEqual(text.layout(width: 9).starts, [0, 8, 14, 24].map(Int32.init))
    }

    func testEveryLineFitsItsWidth() {
        let text = Fixtures.sampleText + "\n北京 e\u{301}\ttab " + String(repeating: "x", count: 200)
        for width in [7, 20, 33, 77] {
            let a = ArticleText(path: "t", text: text)
            let l = a.layout(width: width)
            for n in 0..<l.count {
                XCTAssertLessThanOrEqual(Sanitizer.width(of: a.text.text(l.range(n))), width, "line \(n) at \(width)")
            }
        }
    }
}
