import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// The claims commands' side of the selection: the files' claim articles, and the library
/// with its texts analysed and cached and its claims indexed.
extension ArticleSelection {
    /// The files' articles, analysed in parallel, in the order given; a file that cannot be
    /// read is named on standard error and `failed` is set.
    func fileArticles(failed: inout Bool) throws -> [ClaimArticle] {
        let (articles, someFailed) = try AnalysedFiles(jobs: jobs).analyse(files) { ClaimArticle(analysis: $0, location: $1) }
        if someFailed { failed = true }
        return articles
    }

    // MARK: the library

    /// Opens the library, analyses (and caches) its texts that have no analysis of this
    /// version, and indexes the claims not yet indexed; returns the store.
    func preparedLibrary() throws -> AnnotationStore {
        let store = try storeOptions.open()
        let library = LibraryStore(store: store)
        let index = ClaimIndex(store: store)
        let version = LibraryArticle.analyzerVersion
        while true {
            let missing = try index.unanalysedDocuments(analyzerVersion: version, limit: 200)
            if missing.isEmpty { break }
            let analysed = try Self.analyseStored(missing, library: library, jobs: jobs)
            for cached in analysed { try library.cache(cached) }
            if analysed.count < missing.count { break }
        }
        try index.indexPending(analyzerVersion: version)
        return store
    }

    /// Analyses library texts, `jobs` at a time.
    private static func analyseStored(_ ids: [String], library: LibraryStore, jobs: Int) throws -> [CachedAnalysis] {
        let texts = try ids.compactMap { id in try library.text(documentID: id).map { (id, $0) } }
        let analyzer = Analyzer()
        let results = Results()
        let map = OrderedParallelMap<(String, String), CachedAnalysis>(
            jobs: min(jobs, max(1, texts.count)), window: OrderedParallelMap<(String, String), CachedAnalysis>.defaultWindow(jobs: jobs),
            work: { id, text in
                let made = analyzer.analyze(Document(text: ScalarText(text)))
                return CachedAnalysis(documentID: id, analyzerVersion: LibraryArticle.analyzerVersion,
                                      json: AnalysisJSON.encode(made, pretty: false), quotes: made.quotes.count, claims: made.claims.count)
            },
            emit: { results.list.append($0) })
        for entry in texts { map.submit(entry) }
        map.finish()
        return results.list
    }

    private final class Results: @unchecked Sendable {
        var list: [CachedAnalysis] = []
    }
}
