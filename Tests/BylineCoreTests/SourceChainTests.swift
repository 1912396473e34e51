import XCTest
@testable import BylineCore

final class SourceChainTests: XCTestCase {
    private let article = """
    Lakeland will build a new port, Harbor.News reports via Baltic media.
    In detail, Bloomberg had reported that the port will cost more than planned. According to sources familiar with the talks, the funding is secured. A donor country’s assessment indicates that costs could double, according to the same sources.
    “We are pleased,” Piet Visser told Reuters.
    Source: harbor.news
    """

    func testPublisherIsTheRootAndTheArticleRelayHangsUnderIt() {
        let run = AttributionRun(article, publisher: "harbor.news")
        let root = run.sources.first
        XCTAssertEqual(root?.name, "harbor.news")
        XCTAssertEqual(root?.kind, .publisher)
        XCTAssertNil(root?.via)
        let relay = run.source(named: "Baltic media")
        XCTAssertEqual(relay?.kind, .outlet)
        XCTAssertEqual(relay?.via, root?.id)
    }

    func testAnonymousSourcesHangUnderTheOutletThatReportedThem() {
        let run = AttributionRun(article, publisher: "harbor.news")
        let bloomberg = run.source(named: "Bloomberg")
        XCTAssertEqual(bloomberg?.kind, .outlet)
        XCTAssertEqual(bloomberg?.via, run.source(named: "Baltic media")?.id)
        let anonymous = run.source(named: "sources familiar with the talks")
        XCTAssertEqual(anonymous?.kind, .anonymous)
        XCTAssertEqual(anonymous?.via, bloomberg?.id)
    }

    func testDocumentCitedByTheSameSourcesHangsUnderThem() {
        let run = AttributionRun(article, publisher: "harbor.news")
        let document = run.source(named: "A donor country’s assessment")
        XCTAssertEqual(document?.kind, .document)
        XCTAssertEqual(document?.via, run.source(named: "sources familiar with the talks")?.id)
    }

    func testToldAnOutletMakesTheOutletARelay() {
        let run = AttributionRun(article, publisher: "harbor.news")
        let visser = run.source(named: "Piet Visser")
        XCTAssertEqual(visser?.kind, .person)
        XCTAssertEqual(visser?.via, run.source(named: "Reuters")?.id)
    }

    func testQuotesAndSourcesPointAtEachOther() {
        let run = AttributionRun(article, publisher: "harbor.news")
        for q in run.quotes {
            guard let id = q.source else { continue }
            XCTAssertTrue(run.source(id: id)?.quotes.contains(q.id) == true, q.id)
        }
        XCTAssertEqual(run.quotes.map(\.id), (1...run.quotes.count).map { "Q\($0)" })
        XCTAssertEqual(run.sources.map(\.id), (1...run.sources.count).map { "S\($0)" })
        run.assertOffsets()
    }

    func testCitingHangsTheCitedSourceUnderTheReporter() {
        let run = AttributionRun("The Daily Ledger reported that the mill will close, citing two union leaders.")
        let ledger = run.source(named: "Daily Ledger")
        XCTAssertEqual(ledger?.kind, .outlet)
        XCTAssertEqual(run.quotes.count, 1)
        XCTAssertEqual(run.quotes.first?.source, ledger?.id)
        XCTAssertEqual(run.source(named: "two union leaders")?.via, ledger?.id)
    }

    /// "the poll" after "A Gallup poll" is that poll's node, not a second one.
    func testADefiniteDocumentIsTheDocumentNamedBefore() {
        let run = AttributionRun("A Gallup poll found that most voters oppose the plan. The poll also found that few voters trust Congress.")
        let poll = run.source(named: "A Gallup poll")
        XCTAssertNotNil(poll)
        XCTAssertNil(run.source(named: "The poll"))
        XCTAssertEqual(poll?.quotes.count, 2)
        XCTAssertEqual(poll?.mentions.map(\.text), ["A Gallup poll", "The poll"])
    }

    /// A poll after an outlet's report is not the outlet's: pollsters run polls.
    func testAPollIsNotCarriedByTheOutletReportedBefore() {
        let run = AttributionRun("Reuters reported that the talks had stalled. According to exit polls, turnout was low.")
        let polls = run.source(named: "exit polls")
        XCTAssertEqual(polls?.kind, .document)
        XCTAssertNil(polls?.via)
    }

    /// Node names are written with single spaces, whatever spacing the text had.
    func testSourceNamesFoldRunsOfSpaces() {
        XCTAssertEqual(SourceName.display("A\u{A0}Bloomberg  poll"), "A Bloomberg poll")
        XCTAssertEqual(SourceName.display("Cosmopolitan\nmagazine "), "Cosmopolitan magazine")
        XCTAssertEqual(SourceName.display("Reuters"), "Reuters")
        XCTAssertEqual(SourceName.display("with  Cosmopolitan\tmagazine"), "with Cosmopolitan magazine")
        XCTAssertEqual(SourceName.display(" the Associated Press "), " the Associated Press ")
        XCTAssertEqual(SourceName.display("Le  Monde’s"), "Le Monde’s")
    }
}

final class RelayNamingTests: XCTestCase {
    func testAddresseeWithAnOutletSplitsIntoPersonAndOutlet() {
        let run = AttributionRun("“The system is rigged,” Tom Vance told Ria Holm of Channel News on Friday.")
        let vance = run.source(named: "Tom Vance")
        let holm = run.source(named: "Ria Holm")
        let outlet = run.source(named: "Channel News")
        XCTAssertEqual(vance?.via, holm?.id)
        XCTAssertEqual(holm?.via, outlet?.id)
        XCTAssertEqual(outlet?.kind, .outlet)
    }

    func testContractionsAndTimeWordsAreNotSpeakers() {
        let run = AttributionRun("I've said that the plan is sound. On Tuesday said nothing new about the plan.")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "I've")
        XCTAssertNil(run.quotes.first?.speaker?.name)
        XCTAssertFalse(run.sources.contains { $0.name == "Tuesday" })
    }
}
