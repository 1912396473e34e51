import XCTest
@testable import BylineCore

/// The tokenizer on text rebuilt from CoNLL tokens (joined by spaces) gives back those
/// tokens, so the entity model trains and runs on the same units as on real news.
final class TokenizerConllTests: XCTestCase {
    private func tokens(_ text: String) -> [String] {
        let doc = Document(text)
        return doc.tokens.map(doc.string)
    }

    func testRebuiltCoNLLTextGivesItsTokensBack() {
        let conll = ["U.S.", "Treasury", "'s", "1996-08-22", "Angeles-based", "3-1", "n't", "S&P", "10,000", "(", "AP", ")", "--", "."]
        XCTAssertEqual(tokens(conll.joined(separator: " ")), conll)
    }

    func testDetachedPossessiveIsOneToken() {
        XCTAssertEqual(tokens("Korea 's troops"), ["Korea", "'s", "troops"])
        XCTAssertEqual(tokens("Korea’s troops"), ["Korea", "’s", "troops"])
    }

    func testHyphenatedWordsStayWhole() {
        XCTAssertEqual(tokens("the US-led Indo-Pacific order"), ["the", "US-led", "Indo-Pacific", "order"])
    }
}
