import XCTest
@testable import BylineCore

/// A token is eight bytes (a million of them for a five-megabyte article), with its kind in
/// the top bits of the end offset: every kind and offsets up to the limit must read back.
final class TokenLayoutTests: XCTestCase {
    func testATokenIsEightBytes() {
        XCTAssertEqual(MemoryLayout<Token>.stride, 8)
    }

    func testOffsetsAndKindReadBackUpToTheLimit() {
        let kinds: [Token.Kind] = [.word, .number, .punctuation, .quote, .symbol]
        for kind in kinds {
            for (start, end) in [(0, 0), (3, 17), (Token.maxOffset - 2, Token.maxOffset - 1)] {
                let t = Token(start: start, end: end, kind: kind)
                XCTAssertEqual(t.start, start)
                XCTAssertEqual(t.end, end)
                XCTAssertEqual(t.kind, kind)
                XCTAssertEqual(t.length, end - start)
            }
        }
    }

    func testTheLoaderNeverAllowsMoreBytesThanTokenOffsetsHold() {
        XCTAssertEqual(ArticleLoader(maxBytes: Int.max).maxBytes, Token.maxOffset - 1)
        XCTAssertEqual(ArticleLoader(maxBytes: 4096).maxBytes, 4096)
        XCTAssertLessThanOrEqual(ArticleLoader.defaultMaxBytes, ArticleLoader.maxBytesLimit)
    }
}
