import BylineFeeds
import XCTest

final class FeedDateTests: XCTestCase {
    func testRFC822Variants() {
        let noon = FeedFixture.utc("2026-06-10T12:00:00Z")
        for text in ["Wed, 10 Jun 2026 12:00:00 GMT", "10 Jun 2026 12:00:00 +0000", "Wed, 10 June 2026 12:00 UT",
                     "wed, 10 jun 2026 08:00:00 EDT", "Wed, 10 Jun 26 14:00:00 +02:00", "Wed,10 Jun 2026 12:00:00 Z",
                     "Wed, 10 Jun 2026 17:30:00 +0530", "Wed, 10 Jun 2026 12:00:00 A", "Wed, 10 Jun 2026 14:00:00 CEST",
                     "Wed, 10 Jun 2026 13:00:00 GMT+1", "  Wed, 10 Jun 2026 12:00:00 UTC  "] {
            XCTAssertEqual(FeedDate.parse(text), noon, text)
        }
    }

    func testISO8601Variants() {
        let noon = FeedFixture.utc("2026-06-10T12:00:00Z")
        for text in ["2026-06-10T12:00:00Z", "2026-06-10t12:00:00z", "2026-06-10T14:00:00+02:00", "2026-06-10T14:00:00+0200",
                     "2026-06-10T14:00+02", "2026-06-10 12:00:00", "20260610T120000Z", "2026-06-10T08:30:00-03:30"] {
            XCTAssertEqual(FeedDate.parse(text), noon, text)
        }
        XCTAssertEqual(FeedDate.parse("2026-06-10T12:00:00.75Z")?.timeIntervalSince(noon), 0.75)
    }

    func testUnreadableDatesAreNil() {
        for text in ["", "yesterday", "2026-13-40", "Wed, 40 Foo 2026", "12:00"] {
            XCTAssertNil(FeedDate.parse(text), text)
        }
    }
}
