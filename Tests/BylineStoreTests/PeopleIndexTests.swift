import BylineCore
@testable import BylineStore
import GRDB
import XCTest

/// Issue 11.1 in the store: analyses are indexed as they are cached, under their feed and
/// date; the right quotes add up under the right people; indexing again replaces.
final class PeopleIndexTests: XCTestCase {
    private var fixture: LibraryFixture!
    private var library: LibraryStore { fixture.library }

    override func setUpWithError() throws {
        fixture = try LibraryFixture()
    }

    /// Stores the fixture's articles, each an item of its outlet's feed, analyses included.
    private func storeFixtureArticles(_ which: [Int]? = nil) throws -> [Analysis] {
        var feeds: [String: Int64] = [:]
        var analyses: [Analysis] = []
        for (n, spec) in PeopleFixture.articles.enumerated() where which?.contains(n) ?? true {
            let feed = try feeds[spec.outlet] ?? library.feed(named: spec.outlet)?.id
                ?? library.addFeed(url: "https://\(spec.outlet).example/feed", name: spec.outlet).id
            feeds[spec.outlet] = feed
            let ids = try library.record(LibraryFixture.fetched([LibraryFixture.entry(n, day: spec.day)]), feedID: feed).newItems
            let (text, analysis) = PeopleFixture.article(spec.body, spec.lines)
            try library.storeText(text, analysis: PeopleFixture.cached(analysis), itemID: ids[0])
            analyses.append(analysis)
        }
        return analyses
    }

    private func person(_ name: String) throws -> PersonSummary {
        try XCTUnwrap(try library.findPeople(name).first, "no \(name)")
    }

    func testFixtureArticlesMergeTheSamePeopleAndKeepDifferentPeopleApart() throws {
        _ = try storeFixtureArticles()
        let (people, count) = try library.people(offset: 0, limit: 50)
        let names = people.map(\.name)
        XCTAssertEqual(count, people.count)
        let lin = try person("Lin Jian")
        XCTAssertEqual(lin.quotes, 4, "full name with title, in-article Lin, and a bare Lin in another article")
        XCTAssertEqual(lin.articles, 3)
        XCTAssertEqual(Set(lin.outlets), ["wire", "herald"])
        XCTAssertEqual(lin.title, "Chinese Foreign Ministry spokesperson")
        XCTAssertEqual(try person("Kim Jong Un").quotes, 2, "Kim Jong Un and Kim Jong-un")
        XCTAssertEqual(try person("Kim Yo Jong").quotes, 2)
        XCTAssertNotEqual(try person("Kim Jong Un").id, try person("Kim Yo Jong").id)
        let john = try person("John Smith")
        XCTAssertEqual(john.quotes, 3, "Deputy Minister John Smith, J. Smith, Minister John Smith")
        XCTAssertEqual(john.title, "Minister", "the newest title")
        XCTAssertNotEqual(try person("Jane Smith").id, john.id)
        XCTAssertEqual(try person("Reuters").kind, .outlet)
        XCTAssertEqual(names.filter { $0.hasPrefix("Kim") }.count, 2, "no third Kim: \(names)")
        XCTAssertEqual(try library.findPeople("J. Smith").first?.id, john.id)
    }

    func testQuotesListNewestFirstInReadingOrderWithTheirItems() throws {
        _ = try storeFixtureArticles()
        let lin = try person("Lin Jian")
        let quotes = try library.quotes(of: lin.id, limit: 10)
        XCTAssertEqual(quotes.map(\.outlet), ["wire", "herald", "wire", "wire"])
        XCTAssertEqual(quotes.map { Timestamp.day($0.date!) }, ["2026-11-05", "2026-11-03", "2026-11-02", "2026-11-02"])
        XCTAssertLessThan(quotes[2].range.lowerBound, quotes[3].range.lowerBound, "one article's quotes in reading order")
        XCTAssertEqual(quotes.map(\.said).last, "Lin")
        XCTAssertTrue(quotes.allSatisfy { $0.itemID != nil })
        let second = try library.quotes(of: lin.id, after: quotes[1], limit: 10)
        XCTAssertEqual(second, Array(quotes.dropFirst(2)))
        let page = try library.people(offset: 0, limit: 50).people.first { $0.id == lin.id }
        XCTAssertEqual(page?.spark.reduce(0, +), 4)
        XCTAssertEqual(page?.spark.count, PeopleIndex.sparkBuckets)
    }

    func testAnArticleIndexedAgainReplacesItsRows() throws {
        let analyses = try storeFixtureArticles([0])
        XCTAssertEqual(try person("Lin Jian").quotes, 2)
        // The same text analysed again by a newer analyser finds only one quote by Lin Jian.
        var again = analyses[0]
        again.quotes.removeFirst()
        try library.cache(PeopleFixture.cached(again, version: "newer"))
        let lin = try person("Lin Jian")
        XCTAssertEqual(lin.quotes, 1)
        XCTAssertEqual(lin.articles, 1)
        XCTAssertEqual(try person("Kim Jong Un").quotes, 1)
        XCTAssertEqual(try library.quotes(of: lin.id, limit: 10).count, 1)
    }

    func testArticlesArrivingLaterAddToThePeopleAlreadyThere() throws {
        _ = try storeFixtureArticles([0])
        let before = try person("Lin Jian")
        _ = try storeFixtureArticles([1, 3])
        let after = try person("Lin Jian")
        XCTAssertEqual(after.id, before.id)
        XCTAssertEqual(after.quotes, 4)
        XCTAssertEqual(after.articles, 3)
    }

    func testRemovingAFeedTakesItsArticlesOutOfTheCounts() throws {
        _ = try storeFixtureArticles()
        let herald = try XCTUnwrap(try library.feed(named: "herald"))
        _ = try library.removeFeed(id: herald.id)
        let lin = try person("Lin Jian")
        XCTAssertEqual(lin.quotes, 3)
        XCTAssertEqual(lin.outlets, ["wire"])
        XCTAssertTrue(try library.findPeople("Jane Smith").isEmpty, "her only article is gone")
    }

    func testTheNextQuoteElsewhereSkipsTheSameArticleAndWraps() throws {
        let analyses = try storeFixtureArticles()
        let first = analyses[0]
        let linQuote = first.quotes[0]
        let found = try XCTUnwrap(try library.nextQuoteElsewhere(documentID: first.document.id, start: linQuote.content.start))
        XCTAssertEqual(found.next?.documentID, analyses[3].document.id, "from the oldest, round to the newest")
        let fromNewest = try XCTUnwrap(try library.nextQuoteElsewhere(documentID: analyses[3].document.id,
                                                                       start: analyses[3].quotes[2].content.start))
        XCTAssertEqual(fromNewest.next?.outlet, "herald", "from the newest: the next older article")
        XCTAssertNil(try library.nextQuoteElsewhere(documentID: first.document.id, start: 99_999))
    }

    func testAnalysesCachedBeforeTheIndexAreIndexedOnce() throws {
        let analyses = try storeFixtureArticles([0, 1])
        try library.store.pool.write { db in
            try db.execute(sql: "DELETE FROM people_quote; DELETE FROM people_document; DELETE FROM people_outlet; DELETE FROM people_day; UPDATE people_identity SET quotes = 0, articles = 0")
        }
        XCTAssertEqual(try library.people(offset: 0, limit: 10).count, 0)
        XCTAssertEqual(try library.indexPeople(analyzerVersion: LibraryFixture.analyzerVersion), analyses.count)
        XCTAssertEqual(try person("Lin Jian").quotes, 3)
        XCTAssertEqual(try library.indexPeople(analyzerVersion: LibraryFixture.analyzerVersion), 0, "nothing left to index")
    }

    func testAnInMemoryIndexReadsLikeTheLibrarys() throws {
        let index = try TransientPeopleIndex()
        try index.index(PeopleFixture.articles.map { spec in
            PeopleArticle(PeopleFixture.article(spec.body, spec.lines).analysis, outlet: spec.outlet)
        })
        let kims = try index.people(offset: 0, limit: 50).people.filter { $0.name.hasPrefix("Kim") }
        XCTAssertEqual(kims.map(\.quotes), [2, 2])
        XCTAssertEqual(try index.findPeople("Lin").first?.name, "Lin Jian")
    }
}
