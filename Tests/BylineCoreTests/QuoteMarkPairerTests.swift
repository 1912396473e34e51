import XCTest
@testable import BylineCore

final class QuoteMarkPairerTests: XCTestCase {
    private func stretches(_ text: String) -> [String] {
        let doc = Document(text)
        return QuoteMarkPairer.pair(doc).map { doc.text.text($0.start, $0.end) }
    }

    func testCurlyStraightGuillemetAndLowMarksPair() {
        XCTAssertEqual(stretches("She said “yes” and he said \"no\" today."), ["“yes”", "\"no\""])
        XCTAssertEqual(stretches("Il a dit «non» hier."), ["«non»"])
        XCTAssertEqual(stretches("Er sagte „nein“ gestern."), ["„nein“"])
    }

    func testSingleQuotesNestInsideDoubleOnes() {
        XCTAssertEqual(stretches("“He told me ‘never again’ twice,” she said."), ["“He told me ‘never again’ twice,”"])
    }

    func testApostrophesAreNotQuotationMarks() {
        XCTAssertEqual(stretches("Biden's plan and the voters’ mood in the ’90s were calm."), [])
        XCTAssertEqual(stretches("“Biden's plan won't pass,” she said."), ["“Biden's plan won't pass,”"])
    }

    func testDoubledApostrophesStandForADoubleMark() {
        XCTAssertEqual(stretches("''We are ready,'' the coach said."), ["''We are ready,''"])
        // Two typographic apostrophes typed for a closing (or an opening) double mark.
        XCTAssertEqual(stretches("She asked a “question’’ that stung. “It hurt,” he said."),
                       ["“question’’", "“It hurt,”"])
        XCTAssertEqual(stretches("‘‘We won,’’ she said."), ["‘‘We won,’’"])
        // Inside a single quotation, two right marks close it and the quotation around it.
        XCTAssertEqual(stretches("He said ‘they told me ‘go home’’ and left."), ["‘they told me ‘go home’’"])
    }

    func testQuotationContinuesIntoParagraphThatOpensWithAMark() {
        let text = "“The first part runs on\n“and the second closes it.”\nAfter that, plain text."
        XCTAssertEqual(stretches(text), ["“The first part runs on\n“and the second closes it.”"])
    }

    func testUnbalancedMarkStopsAtItsParagraph() {
        let text = "He said “this never closes\nThe next paragraph is plain.\nAnd a “real quote” here."
        let found = QuoteMarkPairer.pair(Document(text))
        XCTAssertEqual(found.count, 2)
        XCTAssertFalse(found[0].closed)
        XCTAssertEqual(Document(text).text.text(found[0].start, found[0].end), "“this never closes")
        XCTAssertEqual(Document(text).text.text(found[1].start, found[1].end), "“real quote”")
    }

    func testTenThousandMarksPairWithoutCrashing() {
        let text = String(repeating: "“", count: 5_000) + "x" + String(repeating: "”", count: 5_000)
        let found = QuoteMarkPairer.pair(Document(text))
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].start, 0)
        XCTAssertEqual(found[0].end, 10_001)
    }
}
