import BylineFeeds
import XCTest

final class AtomAndJSONFeedTests: XCTestCase {
    func testAtomTextConstructsXMLBaseAndAuthors() throws {
        let feed = try FeedFixture.parse("atom.xml", url: "https://wire.example/atom.xml")
        XCTAssertEqual(feed.format, .atom)
        XCTAssertEqual(feed.title, "Wire World", "type=html titles are rendered to text")
        XCTAssertEqual(feed.siteLink, "https://wire.example/")
        let tariffs = feed.entries[0]
        XCTAssertEqual(tariffs.title, "Ministers meet <again> on tariffs", "type=text is taken as it is")
        XCTAssertEqual(tariffs.link, "https://wire.example/world/tariffs.html", "resolved against the feed's xml:base")
        XCTAssertEqual(tariffs.authors, ["Lena Strand"])
        XCTAssertEqual(tariffs.published, FeedFixture.utc("2026-11-12T12:45:30.250Z"), "fractional seconds, -03:30")
        XCTAssertEqual(tariffs.updated, FeedFixture.utc("2026-11-12T13:15:00Z"))
        XCTAssertEqual(tariffs.summary, "Talks resume in Brussels.")
        XCTAssertTrue(tariffs.content?.contains("<p>Ministers met in Brussels on Thursday.</p>") == true, "xhtml content as markup")
        XCTAssertEqual(tariffs.media.map(\.url), ["https://wire.example/media/tariffs.mp4"])
    }

    func testAtomEntryBaseXHTMLTitleFeedAuthorsAndMissingDates() throws {
        let feed = try FeedFixture.parse("atom.xml", url: "https://wire.example/atom.xml")
        let floods = feed.entries[1]
        XCTAssertEqual(floods.title, "Floods recede")
        XCTAssertEqual(floods.link, "https://mirror.example/deep/floods.html", "an entry's own xml:base")
        XCTAssertEqual(floods.authors, ["Wire Desk"], "the feed's authors stand in")
        XCTAssertEqual(floods.updated, FeedFixture.utc("2026-11-11T22:00:00Z"), "a space for the T, +0000")
        XCTAssertEqual(floods.summary, "Water levels fell overnight.", "the content gives a summary when there is none")
        XCTAssertNil(feed.entries[2].published)
        XCTAssertNil(feed.entries[2].updated)
    }

    func testJSONFeed() throws {
        let feed = try FeedFixture.parse("feed.json")
        XCTAssertEqual(feed.format, .jsonFeed)
        XCTAssertEqual(feed.title, "Harbour Notes")
        XCTAssertEqual(feed.entries.count, 2, "a repeated id is dropped")
        let pier = feed.entries[0]
        XCTAssertEqual(pier.title, "Pier & promenade reopen")
        XCTAssertEqual(pier.link, "https://notes.example/2026/11/pier.html")
        XCTAssertEqual(pier.authors, ["Notes Desk"])
        XCTAssertEqual(pier.published, FeedFixture.utc("2026-11-14T06:00:00Z"))
        XCTAssertEqual(pier.media, [FeedMedia(url: "https://notes.example/audio/pier.mp3", type: "audio/mpeg", title: "Interview")])
        let market = feed.entries[1]
        XCTAssertEqual(market.guid, "17", "a numeric id reads as its text")
        XCTAssertEqual(market.content, "<p>The market moves to Sunday.</p>\n<p>Stalls open at eight.</p>")
        XCTAssertEqual(market.summary, "Sunday market")
        XCTAssertEqual(market.authors, ["Per Nygren"])
    }

    func testAnHTMLPageIsRefusedNamingItsFeed() throws {
        XCTAssertThrowsError(try FeedFixture.parse("page.html", url: "https://courier.example/")) { error in
            XCTAssertEqual(error as? FeedError, .htmlPage(alternate: "https://courier.example/feeds/all.xml"))
            XCTAssertEqual("\(error)", "this is an HTML page, not a feed; the page names a feed at https://courier.example/feeds/all.xml")
        }
    }

    func testOtherRefusals() {
        XCTAssertThrowsError(try FeedParser.parse(Array("  \n".utf8))) { XCTAssertEqual($0 as? FeedError, .empty) }
        XCTAssertThrowsError(try FeedParser.parse(Array("<catalog><book/></catalog>".utf8))) {
            XCTAssertEqual($0 as? FeedError, .unknownFormat(root: "catalog"))
        }
        XCTAssertThrowsError(try FeedParser.parse(Array("{\"items\": []}".utf8))) {
            XCTAssertEqual($0 as? FeedError, .malformedJSON(reason: "no jsonfeed.org version"))
        }
        XCTAssertThrowsError(try FeedParser.parse(Array("<p>just a fragment".utf8)))
    }

    func testTruncatedXMLStillGivesTheItemsBeforeTheCut() throws {
        let bytes = try FeedFixture.bytes("rss2.xml")
        let cut = Array(bytes.prefix(bytes.count * 2 / 3))
        let feed = try FeedParser.parse(cut)
        XCTAssertGreaterThanOrEqual(feed.entries.count, 2)
        XCTAssertEqual(feed.entries[0].guid, "courier-1001")
    }
}

extension AtomAndJSONFeedTests {
    /// Entities declared in the document are never expanded into the text (no "billion
    /// laughs", no external files: XXE).
    func testDeclaredEntitiesAreNotExpanded() throws {
        var doctype = "<!DOCTYPE rss [<!ENTITY lol \"lol\"><!ENTITY file SYSTEM \"file:///etc/passwd\">"
        for n in 1...9 { doctype += "<!ENTITY lol\(n) \"" + String(repeating: "&lol\(n == 1 ? "" : String(n - 1));", count: 10) + "\">" }
        doctype += "]>"
        let xml = doctype + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&file;</title><guid>1</guid></item></channel></rss>"
        let feed = try FeedParser.parse(Array(xml.utf8))
        XCTAssertLessThan(feed.title?.count ?? 0, 100)
        XCTAssertFalse(feed.entries.first?.title.contains("root:") == true)
    }
}
