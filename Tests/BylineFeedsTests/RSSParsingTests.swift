import BylineFeeds
import XCTest

final class RSSParsingTests: XCTestCase {
    func testRSS2ReadsNamespacesCDATAEntitiesAndRelativeLinks() throws {
        let feed = try FeedFixture.parse("rss2.xml", url: "https://courier.example/feed.xml")
        XCTAssertEqual(feed.format, .rss2)
        XCTAssertEqual(feed.title, "The Coastal Courier & Friends")
        XCTAssertEqual(feed.siteLink, "https://courier.example/news/")
        let first = feed.entries[0]
        XCTAssertEqual(first.title, "Council approves the ferry line", "HTML in a CDATA title is plain text")
        XCTAssertEqual(first.guid, "courier-1001")
        XCTAssertEqual(first.link, "https://courier.example/news/2026/ferry.html", "a relative link resolves against the feed")
        XCTAssertEqual(first.authors, ["Maria Lindqvist"])
        XCTAssertEqual(first.published, FeedFixture.utc("2026-11-03T08:30:00Z"))
        XCTAssertEqual(first.summary, "The harbour council voted on Tuesday.\n\nSecond\u{00A0}paragraph.")
        XCTAssertTrue(first.content?.contains("four hundred commuters") == true, "content:encoded is kept as HTML")
        XCTAssertEqual(first.media.map(\.url), ["https://courier.example/audio/ferry.mp3", "https://courier.example/img/ferry.jpg"])
        XCTAssertEqual(first.media.last?.title, "The new ferry")
    }

    func testRSS2EntitiesTwoDigitYearsAndZones() throws {
        let feed = try FeedFixture.parse("rss2.xml", url: "https://courier.example/feed.xml")
        let second = feed.entries[1]
        XCTAssertEqual(second.title, "Dredging costs \u{201C}twice\u{201D} the estimate & rising")
        XCTAssertEqual(second.published, FeedFixture.utc("2026-11-09T09:00:00Z"), "'9 Nov 26 10:00 +0100'")
        XCTAssertEqual(second.authors, ["jonas@courier.example (Jonas Ek)"])
        let storm = try XCTUnwrap(feed.entries.first { $0.title == "Storm warning" })
        XCTAssertEqual(storm.published, FeedFixture.utc("2026-11-11T23:45:00Z"), "EST is five hours behind")
        XCTAssertNil(storm.guid)
    }

    func testMissingDateAndPermalinkGuidAndUndeclaredEntity() throws {
        let feed = try FeedFixture.parse("rss2.xml", url: "https://courier.example/feed.xml")
        let undated = try XCTUnwrap(feed.entries.first { $0.title == "Timetable still missing" })
        XCTAssertNil(undated.published)
        XCTAssertEqual(undated.link, "https://courier.example/news/2026/timetable.html", "a permalink guid stands in for the link")
        XCTAssertEqual(undated.summary, "No date on this one\u{00A0}at all.", "&nbsp; undeclared in XML still reads")
    }

    func testDuplicateGuidsKeepTheFirst() throws {
        let feed = try FeedFixture.parse("rss2.xml")
        XCTAssertEqual(feed.entries.filter { $0.guid == "courier-1001" }.count, 1)
        XCTAssertEqual(feed.entries.count, 4)
    }

    func testRSS1RDFWithDefaultNamespaceAndISODates() throws {
        let feed = try FeedFixture.parse("rss1.rdf")
        XCTAssertEqual(feed.format, .rss1)
        XCTAssertEqual(feed.title, "Journal d'Ålesund", "non-ASCII titles")
        XCTAssertEqual(feed.entries.count, 2)
        XCTAssertEqual(feed.entries[0].guid, "https://journal.example/a1", "rdf:about is the identifier")
        XCTAssertEqual(feed.entries[0].authors, ["Kari Nordmann"])
        XCTAssertEqual(feed.entries[0].published, FeedFixture.utc("2026-10-30T08:35:00Z"), "+05:30")
        XCTAssertEqual(feed.entries[1].published, FeedFixture.utc("2026-10-29T00:00:00Z"), "a date alone is midnight UTC")
    }

    func testCharsetFromTheXMLDeclaration() throws {
        let feed = try FeedFixture.parse("latin1.xml")
        XCTAssertEqual(feed.title, "Café news")
        XCTAssertEqual(feed.entries.first?.title, "Crème brûlée")
    }

    func testCharsetFromHTTPWhenTheXMLDeclaresNone() throws {
        let bytes: [UInt8] = Array("<rss version=\"2.0\"><channel><title>Caf".utf8) + [0xE9] + Array("</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes, contentType: "application/rss+xml; charset=iso-8859-1")
        XCTAssertEqual(feed.title, "Café")
    }
}
