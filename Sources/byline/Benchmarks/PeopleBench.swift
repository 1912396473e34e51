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
        let extractStart = ContinuousClock.now
        let articles = copies()
        let extract = (ContinuousClock.now - extractStart).seconds
        let quotes = articles.reduce(0) { $0 + $1.mentions.count }

        let memoryStart = ContinuousClock.now
        let memory = try TransientPeopleIndex()
        try memory.index(articles)
        let inMemory = (ContinuousClock.now - memoryStart).seconds
        let people = try memory.people(offset: 0, limit: 1, filter: nil).count

        let library = LibraryStore(store: try AnnotationStore(path: root + "/build.sqlite"))
        let fileStart = ContinuousClock.now
        try library.indexPeople(articles)
        let inFile = (ContinuousClock.now - fileStart).seconds
        print("people index of \(count) articles (\(texts.count) distinct, analysed in \(fmt(analysis, 1)) s): \(quotes) quotes of \(people) identities")
        print("  quotes from analyses \(fmt(extract * 1000, 1)) ms; linked and indexed in memory \(fmt(inMemory * 1000, 1)) ms, "
              + "in a store file \(fmt(inFile * 1000, 1)) ms")
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

        let openStart = ContinuousClock.now
        let library = LibraryStore(store: try AnnotationStore(path: path, access: .read))
        let backend = StoreLibraryBackend(library: library, analyzerVersion: LibraryArticle.analyzerVersion, updater: nil)
        var state = ReaderState(library: LibraryBrowser(), width: 120, height: 40)
        state = reduce(state, .showPeople).state
        guard case .peopleLoaded(_, let first, let total, _) = try backend.answer(.loadPeople(offset: 0, limit: PeopleBrowser.pageSize,
                                                                                            generation: 1)) else { return }
        state = reduce(state, .people(.peopleLoaded(offset: 0, first, count: total, generation: state.people?.generation ?? 0))).state
        _ = ReaderView.render(state, width: 120, height: 40)
        let open = (ContinuousClock.now - openStart).seconds * 1000

        var late: [Double] = [], quotes: [Double] = []
        for _ in 0..<5 {
            let t = ContinuousClock.now
            _ = try backend.answer(.loadPeople(offset: total - PeopleBrowser.pageSize, limit: PeopleBrowser.pageSize, generation: 1))
            late.append((ContinuousClock.now - t).seconds * 1000)
            let q = ContinuousClock.now
            _ = try backend.answer(.loadQuotes(identityID: first[0].id, after: nil, limit: PeopleBrowser.pageSize, generation: 1))
            quotes.append((ContinuousClock.now - q).seconds * 1000)
        }
        print("people view on \(articles) articles (\(articles * 6) quotes, \(total) people; index built in \(fmt(build, 1)) s): "
              + "open, first page drawn \(fmt(open, 1)) ms; last page \(fmt(late.min() ?? 0, 1)) ms; "
              + "quotes of \(first[0].name) (\(first[0].quotes)) first page \(fmt(quotes.min() ?? 0, 1)) ms")
    }
}
