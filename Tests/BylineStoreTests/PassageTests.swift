import BylineCore
import BylineStore
import XCTest

/// A passage named as a script names it is found where it is, and every way it cannot be
/// found says why.
final class PassageTests: XCTestCase {
    private let document = Document(StoreFixture.article)

    private func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(document.text.scalars[range]))
    }

    func testAQuoteIsFoundAtTheOccurrenceAsked() throws {
        let first = try Passage.quote("said", occurrence: 1).range(in: document)
        let second = try Passage.quote("said", occurrence: 2).range(in: document)
        XCTAssertEqual(text(first), "said")
        XCTAssertEqual(text(second), "said")
        XCTAssertLessThan(first.lowerBound, second.lowerBound)
        let quote = try Passage.quote("“It will protect four thousand homes,”", occurrence: 1).range(in: document)
        XCTAssertEqual(text(quote), "“It will protect four thousand homes,”")
    }

    func testAMissingOccurrenceSaysHowManyThereAre() {
        XCTAssertThrowsError(try Passage.quote("said", occurrence: 4).range(in: document)) {
            XCTAssertEqual("\($0)", "the quote occurs 3 time(s), not 4")
        }
        XCTAssertThrowsError(try Passage.quote("said", occurrence: 0).range(in: document)) {
            XCTAssertEqual("\($0)", "the quote occurs 3 time(s), not 0")
        }
        XCTAssertThrowsError(try Passage.quote("", occurrence: 1).range(in: document))
    }

    func testASentenceIsOneBased() throws {
        XCTAssertTrue(text(try Passage.sentence(2).range(in: document)).hasPrefix("The council approved"))
        XCTAssertThrowsError(try Passage.sentence(0).range(in: document)) {
            XCTAssertEqual("\($0)", "the article has \(self.document.sentences.count) sentences")
        }
    }

    func testOffsetsMustBeAnOrderedRangeInsideTheText() throws {
        XCTAssertEqual(try Passage.offsets("0:7").range(in: document), 0..<7)
        let length = document.length
        for bad in ["7:7", "8:3", "-1:4", "0:\(length + 1)", "3", "3:", "a:b", ""] {
            XCTAssertThrowsError(try Passage.offsets(bad).range(in: document), bad) {
                XCTAssertEqual("\($0)", "the range must be START:END within 0…\(length)")
            }
        }
    }

    func testAClaimIsFoundByItsIdInAnyCase() throws {
        let claims = Analyzer().analyze(document).claims
        let claim = try XCTUnwrap(claims.first)
        XCTAssertEqual(try Passage.claim(claim.id.lowercased()).range(in: document), claim.span.range)
        XCTAssertThrowsError(try Passage.claim("C999").range(in: document)) {
            XCTAssertTrue("\($0)".hasPrefix("no claim C999: the analysis found \(claims.count) claims ("), "\($0)")
        }
    }
}
