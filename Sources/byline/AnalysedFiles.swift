import ArgumentParser
import BylineCore
import BylineWeb
import Foundation

/// The articles named to a cross-article command (`people`, `claims`, `sourcing`): files,
/// folders and pages, analysed `jobs` at a time and kept in the order named. One that cannot
/// be read is named on standard error and the others go on; the command then exits 1.
struct AnalysedFiles {
    let jobs: Int

    /// What each analysis becomes, built on the worker that analysed it.
    func analyse<Article: Sendable>(_ files: [String], _ make: @escaping @Sendable (Analysis, String) -> Article)
        throws -> (articles: [Article], failed: Bool) {
        let paths = InputPaths.expand(files)
        guard !paths.isEmpty else { throw ValidationError("no articles found in \(SafeText.echo(files.joined(separator: ", ")))") }
        ParserSetup.prepareForThreads()
        let input = ArticleInput()
        let analyzer = Analyzer()
        let collected = Collected<Article>()
        let jobs = min(self.jobs, max(1, paths.count))
        let map = OrderedParallelMap<String, Result<Article, ArticleFailure>>(
            jobs: jobs, window: OrderedParallelMap<String, Result<Article, ArticleFailure>>.defaultWindow(jobs: jobs),
            work: { path in
                do {
                    return .success(make(analyzer.analyze(try input.load(path)), path))
                } catch {
                    return .failure(ArticleFailure("\(error)"))
                }
            },
            emit: { outcome in
                switch outcome {
                case .success(let article): collected.articles.append(article)
                case .failure(let failure):
                    collected.failed = true
                    StandardError.print("byline: \(failure.message)")
                }
            })
        for path in paths { map.submit(path) }
        map.finish()
        return (collected.articles, collected.failed)
    }

    struct ArticleFailure: Error, Sendable, CustomStringConvertible {
        var message: String
        init(_ message: String) { self.message = message }
        var description: String { message }
    }

    /// What the single emitting thread collects; read only after `finish`.
    private final class Collected<Article>: @unchecked Sendable {
        var articles: [Article] = []
        var failed = false
    }
}
