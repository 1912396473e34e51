import BylineFeeds
import XCTest

final class OPMLTests: XCTestCase {
    func testFoldersAndCategoriesBecomeTagsAndRepeatsGo() throws {
        let subs = try OPMLReader.read(try FeedFixture.bytes("subs.opml"))
        XCTAssertEqual(subs, [
            OPMLSubscription(url: "https://courier.example/feed.xml", name: "Coastal Courier", siteLink: "https://courier.example/",
                             tags: ["News"]),
            OPMLSubscription(url: "https://wire.example/atom.xml", name: "Wire & World", tags: ["News", "world", "politics"]),
            OPMLSubscription(url: "https://notes.example/feed.json", name: "Notes", tags: []),
        ])
    }

    func testExportReadsBackAsItWasWritten() throws {
        let subs = [OPMLSubscription(url: "https://a.example/feed?x=1&y=2", name: "A \"quoted\" <name>", siteLink: "https://a.example/",
                                     tags: ["one", "two"]),
                    OPMLSubscription(url: "/home/me/feeds/local.xml", name: "local", tags: [])]
        let written = OPMLWriter.write(subs)
        XCTAssertEqual(try OPMLReader.read(Array(written.utf8)), subs)
    }

    func testNotOPMLIsRefused() {
        XCTAssertThrowsError(try OPMLReader.read(Array("<rss/>".utf8))) { XCTAssertEqual($0 as? FeedError, .unknownFormat(root: "rss")) }
    }
}
