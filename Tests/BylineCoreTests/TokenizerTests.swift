import XCTest
@testable import BylineCore

/// Token boundaries: names, possessives, abbreviations, numbers, quotation marks.
final class TokenizerTests: XCTestCase {
    private func tokens(_ text: String) -> [String] {
        let doc = Document(text)
        return doc.tokens.map(doc.string)
    }

    func testPossessivesSplitOff() {
        XCTAssertEqual(tokens("North Korea’s troops and Biden's term"),
                       ["North", "Korea", "’s", "troops", "and", "Biden", "'s", "term"])
    }

    func testAbbreviationsAndInitialsKeepTheirStop() {
        XCTAssertEqual(tokens("the U.S. and Mr. J. Smith"), ["the", "U.S.", "and", "Mr.", "J.", "Smith"])
    }

    func testSentenceFinalStopIsItsOwnToken() {
        XCTAssertEqual(tokens("It ended."), ["It", "ended", "."])
    }

    func testHyphensApostrophesAndDomains() {
        XCTAssertEqual(tokens("US-led Indo-Pacific O'Brien don't caliber.az"),
                       ["US-led", "Indo-Pacific", "O'Brien", "don't", "caliber.az"])
    }

    func testNumbers() {
        XCTAssertEqual(tokens("over 10,000 troops, 3.5% at 10:30, $2.3bn"),
                       ["over", "10,000", "troops", ",", "3.5", "%", "at", "10:30", ",", "$", "2.3bn"])
        XCTAssertEqual(Document("10,000 1996-08-30").tokens.map(\.kind), [.number, .number])
    }

    func testQuotationMarksAreTokens() {
        let doc = Document("“Yes,” he said. 'No'")
        XCTAssertEqual(doc.tokens.map(doc.string), ["“", "Yes", ",", "”", "he", "said", ".", "'", "No", "'"])
        XCTAssertEqual(doc.tokens.filter { $0.kind == .quote }.count, 4)
    }

    func testOffsetsAreScalarOffsets() {
        let doc = Document("né “é” 👍🏽 ok")
        let ok = doc.tokens.last!
        XCTAssertEqual(doc.string(ok), "ok")
        XCTAssertEqual(ok.start, Array("né “é” 👍🏽 ".unicodeScalars).count)
    }

    func testConllStyleTokensStayWhole() {
        XCTAssertEqual(tokens("LONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four for 38 ."),
                       ["LONDON", "1996-08-30", "West", "Indian", "all-rounder", "Phil", "Simmons", "took", "four",
                        "for", "38", "."])
    }
}
