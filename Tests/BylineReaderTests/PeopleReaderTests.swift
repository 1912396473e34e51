import BylineCore
import BylineStore
import Foundation
import XCTest
@testable import BylineReader

/// Issue 11.2 in the reader: `p` opens the people view from the library, Enter lists a
/// person's quotes, Enter on a quote opens its article there, `q` walks back, and `S` follows
/// the speaker into another article. Every read of the index is an effect; the model is pure.
final class PeopleReaderTests: XCTestCase {
    static let people = [
        PersonSummary(id: 7, kind: .person, name: "Ana Ribeiro", title: "Environment Minister", quotes: 12, articles: 5,
                      outlets: ["wire", "herald"], outletCount: 3, spark: [0, 1, 2, 0, 0, 3, 0, 0, 1, 2, 0, 3]),
        PersonSummary(id: 9, kind: .outlet, name: "Reuters", quotes: 4, articles: 4, outlets: ["herald"], outletCount: 1,
                      spark: [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]),
    ]

    /// The sample article's third quote, listed as Ana Ribeiro's (the reader trusts the index).
    static func quote(item: Int64 = 1, id: Int64 = 30) -> PersonQuote {
        let q = Fixtures.sampleAnalysis().quotes[2]
        return PersonQuote(id: id, identityID: 7, documentID: Fixtures.sampleAnalysis().document.id, quoteID: q.id,
                           range: q.content.start..<q.content.end, text: q.content.text, said: "She", outlet: "wire",
                           date: Date(timeIntervalSince1970: 1_793_491_200), itemID: item)
    }

    func libraryScreen() -> ReaderState {
        reduce(ReaderState(library: LibraryBrowser(), width: 100, height: 30), .library(.feedsLoaded(LibraryReaderTests.feeds))).state
    }

    /// `p` pressed on the library and the first page of people read.
    func peopleScreen() throws -> ReaderState {
        let (state, effects) = reduce(libraryScreen(), .showPeople)
        guard case .people(.loadPeople(0, let limit, nil, let generation))? = effects.first else {
            XCTFail("p reads the first page of people: \(effects)")
            return state
        }
        XCTAssertEqual(limit, PeopleBrowser.pageSize)
        return reduce(state, .people(.peopleLoaded(offset: 0, Self.people, count: 2, generation: generation))).state
    }

    /// Enter on Ana Ribeiro, her quotes read.
    func quotesScreen() throws -> ReaderState {
        let (state, effects) = reduce(try peopleScreen(), .activate)
        guard case .people(.loadQuotes(7, nil, _, let generation))? = effects.first else {
            XCTFail("Enter reads the person's quotes: \(effects)")
            return state
        }
        return reduce(state, .people(.quotesLoaded(identityID: 7, [Self.quote(), Self.quote(item: 2, id: 20)], appended: false,
                                                   generation: generation))).state
    }

    func text(_ state: ReaderState) -> String {
        ReaderView.render(state, width: state.width, height: state.height).lines.joined(separator: "\n")
    }

    func testPOpensThePeopleViewWithCountsOutletsAndSparklines() throws {
        let state = try peopleScreen()
        XCTAssertEqual(state.screen, .people)
        let screen = text(state)
        XCTAssertTrue(screen.contains("People: 2 quoted"), screen)
        XCTAssertTrue(screen.contains("Ana Ribeiro, Environment Minister"), screen)
        XCTAssertTrue(screen.contains("wire, herald +1"), screen)
        XCTAssertTrue(screen.contains(Sparkline.render(Self.people[0].spark)), screen)
        XCTAssertTrue(screen.contains("Reuters (outlet)"), screen)
        let row = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Ana Ribeiro") })
        XCTAssertTrue(row.contains("12") && row.contains("5"), String(row))
        XCTAssertTrue(screen.contains("1/2"), "the status bar counts: \(screen)")
    }

    func testPWithoutALibrarySaysWhereThePeopleAre() {
        let (state, effects) = reduce(ReaderState(articles: [ArticleState(text: ArticleText(path: "a.txt", text: "x"))]), .showPeople)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.screen, .article)
        XCTAssertTrue(state.message?.contains("byline people") == true, state.message ?? "")
    }

    func testEnterListsTheQuotesNewestFirstAndQGoesBackOneLevelAtATime() throws {
        var state = try quotesScreen()
        XCTAssertEqual(state.people?.level, .quotes)
        let screen = text(state)
        XCTAssertTrue(screen.contains("Ana Ribeiro: 12 quotes in 5 articles"), screen)
        XCTAssertTrue(screen.contains("2026-11-01"), screen)
        XCTAssertTrue(screen.contains(String(Self.quote().text.prefix(20))), screen)
        state = reduce(state, .close).state
        XCTAssertEqual(state.screen, .people)
        XCTAssertEqual(state.people?.level, .people)
        state = reduce(state, .close).state
        XCTAssertEqual(state.screen, .library, "back where p was pressed")
        XCTAssertEqual(reduce(state, .close).effects, [.quit])
    }

    func testALatePageOfQuotesFromAnEarlierPersonIsDropped() throws {
        var state = try quotesScreen()
        let generation = try XCTUnwrap(state.people?.generation)
        state = reduce(state, .close).state
        state = reduce(state, .people(.quotesLoaded(identityID: 7, [Self.quote()], appended: false, generation: generation))).state
        XCTAssertEqual(state.people?.quotes, [])
        XCTAssertEqual(state.people?.level, .people)
    }

    func testEnterOnAQuoteOpensItsArticleMarkedAtTheQuoteAndQComesBack() throws {
        var (state, effects) = reduce(try quotesScreen(), .activate)
        XCTAssertEqual(effects, [.library(.open(itemID: 1))])
        let loaded = LoadedArticle(path: "https://wire.example/1.html", text: Fixtures.sampleText)
        (state, effects) = reduce(state, .library(.itemOpened(itemID: 1, loaded, Fixtures.sampleAnalysis(),
                                                             Document(text: ScalarText(Fixtures.sampleText)))))
        XCTAssertEqual(state.screen, .article)
        XCTAssertEqual(state.article?.mark?.quote, 2, "the quote is marked")
        XCTAssertEqual(state.article?.mark?.range, Self.quote().range)
        let speaker = try XCTUnwrap(Fixtures.sampleAnalysis().quotes[2].speaker?.name)
        XCTAssertEqual(state.message, "Quote by \(speaker)")
        state = reduce(state, .close).state
        XCTAssertEqual(state.screen, .people, "q goes back to the quotes")
        XCTAssertEqual(state.people?.level, .quotes)
        // Opened again: the article is already there, no read of the store.
        let again = reduce(state, .activate)
        XCTAssertEqual(again.effects, [])
        XCTAssertEqual(again.state.screen, .article)
    }

    func testShiftSFollowsTheSpeakerIntoTheNextArticle() throws {
        var (state, _) = reduce(try quotesScreen(), .activate)
        let loaded = LoadedArticle(path: "https://wire.example/1.html", text: Fixtures.sampleText)
        state = reduce(state, .library(.itemOpened(itemID: 1, loaded, Fixtures.sampleAnalysis(), nil))).state
        var effects: [Effect]
        (state, effects) = reduce(state, .nextQuoteElsewhere)
        XCTAssertEqual(effects, [.people(.nextQuote(documentID: Fixtures.sampleAnalysis().document.id, start: Self.quote().range.lowerBound))])
        (state, effects) = reduce(state, .people(.nextQuote(from: Self.quote(), next: Self.quote(item: 2, id: 20))))
        XCTAssertEqual(effects, [.library(.open(itemID: 2))])
        state = reduce(state, .library(.itemOpened(itemID: 2, loaded, Fixtures.sampleAnalysis(), nil))).state
        XCTAssertEqual(state.current, 1, "a second article")
        XCTAssertEqual(state.article?.mark?.quote, 2)
        XCTAssertEqual(state.screen, .article)
        XCTAssertEqual(reduce(state, .close).state.screen, .library, "followed from an article: q goes to the library")

        let alone = reduce(state, .people(.nextQuote(from: Self.quote(), next: nil))).state
        XCTAssertEqual(alone.message, "No other article quotes this speaker")
        let unknown = reduce(state, .people(.nextQuote(from: nil, next: nil))).state
        XCTAssertEqual(unknown.message, "This quote's speaker is not in the people index")
    }

    func testScrollingNearTheEndAsksForTheNextPageOnce() throws {
        let many = (0..<100).map { PersonSummary(id: Int64($0), kind: .person, name: "Person \($0)", quotes: 200 - $0, articles: 1) }
        var (state, effects) = reduce(libraryScreen(), .showPeople)
        let generation = try XCTUnwrap(state.people?.generation)
        state = reduce(state, .people(.peopleLoaded(offset: 0, many, count: 250, generation: generation))).state
        (state, effects) = reduce(state, .moveDown)
        XCTAssertEqual(effects, [], "far from the end of the page read")
        (state, effects) = reduce(state, .pageDown)
        XCTAssertEqual(effects, [.people(.loadPeople(offset: 100, limit: PeopleBrowser.pageSize, filter: nil, generation: generation))])
        XCTAssertEqual(reduce(state, .moveDown).effects, [], "one page asked for at a time")
    }

    func testSlashFiltersPeopleByNameThroughTheIndexAndEscShowsEveryone() throws {
        var (state, effects) = reduce(try peopleScreen(), .search)
        XCTAssertEqual(effects, [])
        (state, effects) = reduce(state, .searchInput("Ana"))
        let generation = try XCTUnwrap(state.people?.generation)
        XCTAssertEqual(effects, [.people(.loadPeople(offset: 0, limit: PeopleBrowser.pageSize, filter: "Ana", generation: generation))])
        state = reduce(state, .people(.peopleLoaded(offset: 0, [Self.people[0]], count: 1, generation: generation))).state
        state = reduce(state, .searchConfirm).state
        XCTAssertTrue(text(state).contains("People matching “Ana”: 1"), text(state))
        XCTAssertEqual(state.people?.people.map(\.name), ["Ana Ribeiro"])
        (state, effects) = reduce(state, .cancel)
        XCTAssertEqual(effects, [.people(.loadPeople(offset: 0, limit: PeopleBrowser.pageSize, filter: nil, generation: generation + 1))])
    }

    func testTheKeysAreBoundAndListedInHelp() {
        let keymap = Keymap.default
        XCTAssertEqual(keymap.bindings[KeyName.parse("p")!], "people")
        XCTAssertEqual(keymap.bindings[KeyName.parse("S")!], "speaker-anywhere")
        var state = libraryScreen()
        state.keyHelp = keymap.help
        state.height = 80
        state = reduce(state, .help).state
        let screen = ReaderView.render(state, width: 100, height: 80).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("People quoted across the library"), screen)
        XCTAssertTrue(screen.contains("This speaker in the next article"), screen)
    }

    func testTheAppSendsPeopleRequestsToTheLibraryBackend() {
        let backend = ScriptedPeople()
        var app = ReaderApp(library: backend, width: 100, height: 30)
        XCTAssertEqual(app.handle(.char("p")), .proceed)
        XCTAssertEqual(backend.peopleRequests.count, 1)
        XCTAssertTrue(app.poll())
        XCTAssertEqual(app.state.people?.people.count, 2)
    }
}

/// A library backend that also answers the people view from memory.
final class ScriptedPeople: LibraryBackend, PeopleBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Action] = []
    private var seen: [PeopleRequest] = []
    var peopleRequests: [PeopleRequest] { lock.lock(); defer { lock.unlock() }; return seen }

    func perform(_ request: LibraryRequest) {}

    func perform(_ request: PeopleRequest) {
        lock.lock()
        defer { lock.unlock() }
        seen.append(request)
        if case .loadPeople(let offset, _, _, let generation) = request {
            pending.append(.people(.peopleLoaded(offset: offset, PeopleReaderTests.people, count: 2, generation: generation)))
        }
    }

    func drainResults() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let out = pending
        pending = []
        return out
    }

    var isBusy: Bool { lock.lock(); defer { lock.unlock() }; return !pending.isEmpty }

    func waitForWrites() {}
}
