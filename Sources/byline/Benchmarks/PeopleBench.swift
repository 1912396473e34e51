import BylineCore
import BylineReader
import BylineStore
import BylineWeb
import Foundation

/// `byline bench --people`: the people index's two costs. Building it for ~2,000 analysed
/// articles (the articles given, cycled under new ids when fewer), timed apart from the
/// analysis: in memory as `byline people FILES…` does, and in a store file as the library
/// does; then opening the people view on a library of 100,000 articles (600,000 quotes of
/// 5,000 people, 50 outlets, a year of dates): the first page, a late page, and the quotes
/// of the most quoted person, answered as the reader's backend answers them.
enum PeopleBench {
    static let articleTarget = 2_000

    static func run(_ paths: [String]) throws {
        let root = NSTemporaryDirectory() + "byline-people-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        if !paths.isEmpty { try benchBuild(paths, root: root) }
        try benchOpen(articles: 100_000, root: root)
        print("peak memory: \(fmt(PeakMemory.megabytes(), 1)) MB")
    }

    private static func benchBuild(_ paths: [String], root: String) throws {
        let texts = try BenchCorpus.load(paths)
        guard !texts.isEmpty else { return }
        ParserSetup.prepareForThreads()
        let analyzer = Analyzer()
        let analysisStart = ContinuousClock.now
        let analyses = analyseAll(texts, analyzer)
        let analysis = (ContinuousClock.now - analysisStart).seconds
        let count = max(articleTarget, analyses.count)
        let year = 365.0 * 86_400
        func copies() -> [PeopleArticle] {
            (0..<count).map { i in
                var article = PeopleArticle(analyses[i % analyses.count], outlet: "outlet \(i % 25)",
                                            date: Date(timeIntervalSince1970: 1_700_000_000 + year * Double(i) / Double(count)))
                if i >= analyses.count { article.documentID += "#\(i / analyses.count)" }
                return article
            }
        }
        var articles: [PeopleArticle] = []
        let extract = timed { articles = copies() }
        let quotes = articles.reduce(0) { $0 + $1.mentions.count }
        var memory: TransientPeopleIndex?
        let inMemory = try timed {
            memory = try TransientPeopleIndex()
            try memory?.index(articles)
        }
        let people = try memory?.people(offset: 0, limit: 1, filter: nil).count ?? 0
        let library = LibraryStore(store: try AnnotationStore(path: root + "/build.sqlite"))
        let inFile = try timed { try library.indexPeople(articles) }
        print("people index of \(count) articles (\(texts.count) distinct, analysed in \(fmt(analysis, 1)) s): \(quotes) quotes of \(people) identities")
        print("  beyond the analysis, wall (thread CPU) ms: quotes from analyses \(extract); linked and indexed in memory \(inMemory); "
              + "in a store file \(inFile)")
    }

    /// Wall-clock and this thread's CPU milliseconds of `work`, as "12.3 (10.1)": on the shared
    /// machine the wall clock also counts the time the thread waited for a core.
    private static func timed(_ work: () throws -> Void) rethrows -> String {
        let (wall, cpu) = try measure(work)
        return "\(fmt(wall, 1)) (\(fmt(cpu, 1)))"
    }

    private static func measure(_ work: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let start = ContinuousClock.now, cpu = LibraryBench.threadCPUMilliseconds()
        try work()
        return ((ContinuousClock.now - start).seconds * 1000, LibraryBench.threadCPUMilliseconds() - cpu)
    }

    private static func analyseAll(_ texts: [String], _ analyzer: Analyzer) -> [Analysis] {
        final class Results: @unchecked Sendable { var all: [Analysis] = [] }
        let results = Results()
        let jobs = ProcessInfo.processInfo.activeProcessorCount
        let map = OrderedParallelMap<String, Analysis>(jobs: jobs, window: OrderedParallelMap<String, Analysis>.defaultWindow(jobs: jobs),
                                                        work: { analyzer.analyze($0) }, emit: { results.all.append($0) })
        for text in texts { map.submit(text) }
        map.finish()
        return results.all
    }

    /// A store whose people index holds `articles` synthetic articles of 3 speakers × 2 quotes.
    private static func benchOpen(articles: Int, root: String) throws {
        let path = root + "/open-\(articles).sqlite"
        let buildStart = ContinuousClock.now
        let building = LibraryStore(store: try AnnotationStore(path: path))
        let given = ["Ana", "Lin", "Kim", "Jon", "Maria", "Olu", "Sven", "Priya", "Tomás", "Yuki"]
        var batch: [PeopleArticle] = []
        for i in 0..<articles {
            let speakers = (0..<3).map { k in (i * 7 + k * 1_663) % 5_000 }
            var mentions: [PeopleArticle.Mention] = []
            for (k, s) in speakers.enumerated() {
                let name = given[s % given.count] + " Speaker\(s)"
                for q in 0..<2 {
                    let start = k * 200 + q * 90
                    mentions.append(PeopleArticle.Mention(kind: .person, name: name, said: "Minister " + name, quoteID: "Q\(k * 2 + q + 1)",
                                                          range: start..<(start + 80),
                                                          text: "Quote \(q) of speaker \(s) in article \(i): the plan will be reviewed."))
                }
            }
            batch.append(PeopleArticle(documentID: "sha256:bench-\(i)", outlet: "outlet \(i % 50)",
                                       date: Date(timeIntervalSince1970: 1_700_000_000 + Double(i) * 315), mentions: mentions))
            if batch.count == 5_000 {
                try building.indexPeople(batch)
                batch = []
            }
        }
        try building.indexPeople(batch)
        let build = (ContinuousClock.now - buildStart).seconds

        var backend: StoreLibraryBackend?
        let storeOpen = try timed {
            let library = LibraryStore(store: try AnnotationStore(path: path, access: .read))
            backend = StoreLibraryBackend(library: library, analyzerVersion: LibraryArticle.analyzerVersion, updater: nil)
        }
        guard let backend else { return }
        // `p` on the library: the request, the first page read, the list drawn at 120×40.
        var first: [PersonSummary] = [], total = 0
        func open() throws {
            var state = ReaderState(library: LibraryBrowser(), width: 120, height: 40)
            state = reduce(state, .showPeople).state
            guard case .peopleLoaded(_, let rows, let count, _) = try backend.answer(.loadPeople(offset: 0, limit: PeopleBrowser.pageSize,
                                                                                               filter: nil, generation: 1)) else { return }
            (first, total) = (rows, count)
            state = reduce(state, .people(.peopleLoaded(offset: 0, rows, count: count, generation: state.people?.generation ?? 0))).state
            _ = ReaderView.render(state, width: 120, height: 40)
        }
        let cold = try timed(open)
        var opens: [(wall: Double, cpu: Double)] = [], late: [(wall: Double, cpu: Double)] = [], quotes: [(wall: Double, cpu: Double)] = []
        for _ in 0..<5 {
            opens.append(try measure(open))
            late.append(try measure {
                _ = try backend.answer(.loadPeople(offset: total - PeopleBrowser.pageSize, limit: PeopleBrowser.pageSize, filter: nil,
                                                   generation: 1))
            })
            quotes.append(try measure {
                _ = try backend.answer(.loadQuotes(identityID: first[0].id, after: nil, limit: PeopleBrowser.pageSize, generation: 1))
            })
        }
        func best(_ runs: [(wall: Double, cpu: Double)]) -> String {
            "\(fmt(runs.map(\.wall).min() ?? 0, 1)) (\(fmt(runs.map(\.cpu).min() ?? 0, 1)))"
        }
        print("people view on \(articles) articles (\(articles * 6) quotes, \(total) people; index built in \(fmt(build, 1)) s), "
              + "wall (thread CPU) ms: store opened \(storeOpen); p to the first page drawn \(cold) first, best of 5 \(best(opens)); "
              + "last page \(best(late)); quotes of \(first.first?.name ?? "") (\(first.first?.quotes ?? 0)), first page \(best(quotes))")
    }
}
