import XCTest
@testable import BylineCore

/// Sentence boundaries on hard cases from real news, asserted exactly.
final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let doc = Document(text)
        return doc.sentences.map { doc.text.text($0.start, $0.end) }
    }

    func testPlainSentences() {
        XCTAssertEqual(sentences("The vote passed. Critics were furious! Was it fair? Nobody knows."),
                       ["The vote passed.", "Critics were furious!", "Was it fair?", "Nobody knows."])
    }

    func testTitlesNeverEndASentence() {
        XCTAssertEqual(sentences("Mr. Smith met Gov. Jerry Brown and Sen. Warren. Dr. Who was absent."),
                       ["Mr. Smith met Gov. Jerry Brown and Sen. Warren.", "Dr. Who was absent."])
    }

    func testAcronymEndsASentenceOnlyBeforeASentenceStarter() {
        XCTAssertEqual(sentences("He moved to the U.S. The move was sudden."),
                       ["He moved to the U.S.", "The move was sudden."])
        XCTAssertEqual(sentences("The U.S. Senate voted on Tuesday."), ["The U.S. Senate voted on Tuesday."])
        XCTAssertEqual(sentences("It happened at 9 a.m. Officials said nothing."),
                       ["It happened at 9 a.m.", "Officials said nothing."])
    }

    func testMonthsAndNumberAbbreviations() {
        XCTAssertEqual(sentences("The law took effect Jan. 1 and was signed by No. 10 Downing Street."),
                       ["The law took effect Jan. 1 and was signed by No. 10 Downing Street."])
    }

    func testInitials() {
        XCTAssertEqual(sentences("J. R. R. Tolkien wrote it. George W. Bush read it."),
                       ["J. R. R. Tolkien wrote it.", "George W. Bush read it."])
    }

    func testDecimalsTimesAndMoney() {
        XCTAssertEqual(sentences("Growth was 3.5 percent at 10:30 GMT. It cost $1.2 billion. Shares rose 0.7%."),
                       ["Growth was 3.5 percent at 10:30 GMT.", "It cost $1.2 billion.", "Shares rose 0.7%."])
    }

    func testEllipses() {
        XCTAssertEqual(sentences("He paused... and went on. Then... Silence fell."),
                       ["He paused... and went on.", "Then...", "Silence fell."])
        XCTAssertEqual(sentences("We waited… Nothing happened."), ["We waited…", "Nothing happened."])
    }

    func testSentenceEndingInsideClosingQuoteEndsAfterIt() {
        XCTAssertEqual(sentences("He said: “We will win.” Then he left."),
                       ["He said: “We will win.”", "Then he left."])
        XCTAssertEqual(sentences("She called it \"a disgrace.\" The board disagreed."),
                       ["She called it \"a disgrace.\"", "The board disagreed."])
        XCTAssertEqual(sentences("(The figures were revised.) Markets fell."),
                       ["(The figures were revised.)", "Markets fell."])
    }

    func testQuoteIsNeverSplitByItsOwnFullStop() {
        XCTAssertEqual(sentences("“I can only say this. We stand firm,” Lin said. Reporters left."),
                       ["“I can only say this. We stand firm,” Lin said.", "Reporters left."])
    }

    func testSplitQuoteWithAttribution() {
        let text = "“This is a hypothetical issue,” Lin Jian remarked. “China’s position is clear.” He left."
        XCTAssertEqual(sentences(text), [
            "“This is a hypothetical issue,” Lin Jian remarked.",
            "“China’s position is clear.”",
            "He left.",
        ])
    }

    func testUnbalancedQuoteDoesNotSwallowTheParagraph() {
        XCTAssertEqual(sentences("He said “we will win. Nobody believed him. The end."),
                       ["He said “we will win.", "Nobody believed him.", "The end."])
    }

    func testDatelines() {
        XCTAssertEqual(
            sentences("KYIV, Nov 18 (Reuters) - Ukraine said on Monday it had struck a depot. Russia denied it."),
            ["KYIV, Nov 18 (Reuters) - Ukraine said on Monday it had struck a depot.", "Russia denied it."])
        XCTAssertEqual(sentences("WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill."),
                       ["WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill."])
    }

    func testLowercaseAfterFullStopDoesNotSplit() {
        XCTAssertEqual(sentences("The site caliber.az reported it. Visit bbc.co.uk for more."),
                       ["The site caliber.az reported it.", "Visit bbc.co.uk for more."])
    }

    func testSentencesNeverCrossParagraphs() {
        let doc = Document("First paragraph without a stop\nSecond one. Third sentence.")
        XCTAssertEqual(doc.paragraphs.count, 2)
        XCTAssertEqual(doc.sentences.map { doc.text.text($0.start, $0.end) },
                       ["First paragraph without a stop", "Second one.", "Third sentence."])
        XCTAssertEqual(doc.sentences.map(\.paragraph), [0, 1, 1])
    }

    func testSeedArticleOpening() {
        let text = "“This is a hypothetical issue, and I will not comment on it,” Lin Jian remarked. "
            + "“I can only say that China’s position on the Ukrainian issue has always been consistent and clear.” "
            + "He further emphasized that “China’s constructive role is widely recognized by the international community.”"
        XCTAssertEqual(sentences(text).count, 3)
        XCTAssertEqual(sentences(text).last,
                       "He further emphasized that “China’s constructive role is widely recognized by the international community.”")
    }
}
