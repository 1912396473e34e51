import XCTest
@testable import BylineCore

/// Dates, times, money, percentages, quantities and numbers found by rules.
final class ValueRulesTests: XCTestCase {
    private func values(_ text: String) -> [String] {
        let doc = Document(text)
        let profile = TokenProfile(doc, gazetteer: Gazetteer(), clusters: WordClusters())
        return ValueRules().find(doc, profile: profile, taken: [Bool](repeating: false, count: doc.tokens.count))
            .map { "\($0.type.rawValue):\($0.text)" }
    }

    func testMoneyPercentAndQuantity() {
        XCTAssertEqual(values("It cost $5.2 million, up 10 percent, or 3% more, for 40 tonnes."),
                       ["MONEY:$5.2 million", "PERCENT:10 percent", "PERCENT:3%", "QUANTITY:40 tonnes"])
    }

    func testDatesAndTimes() {
        XCTAssertEqual(values("On Monday, Nov. 18, 2024 at 10:30 GMT and on 5 March 1996 and 1996-08-22, last week."),
                       ["DATE:Monday", "DATE:Nov. 18, 2024", "TIME:10:30 GMT", "DATE:5 March 1996", "DATE:1996-08-22",
                        "DATE:last week"])
    }

    func testCardinals() {
        XCTAssertEqual(values("over 10,000 troops and millions of rounds, three times"),
                       ["CARDINAL:10,000", "CARDINAL:millions", "CARDINAL:three"])
    }

    func testTokensInsideNamesAreSkipped() {
        let doc = Document("Group of 20 met")
        let profile = TokenProfile(doc, gazetteer: Gazetteer(), clusters: WordClusters())
        XCTAssertEqual(ValueRules().find(doc, profile: profile, taken: [true, true, true, false]).count, 0)
    }
}
