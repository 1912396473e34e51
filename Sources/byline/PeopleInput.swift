import BylineCore
import BylineStore
import BylineWeb
import Foundation

/// Articles named to `byline people`, analysed `jobs` at once and reduced to what the people
/// index keeps, in the order they were named.
struct PeopleInput {
    let jobs: Int

    private enum Outcome: Sendable {
        case article(PeopleArticle)
        case failed(String)
    }

    private final class Collected: @unchecked Sendable {
        var articles: [PeopleArticle] = []
        var failures: [String] = []
    }

    func articles(_ paths: [String]) -> (articles: [PeopleArticle], failures: [String]) {
        ParserSetup.prepareForThreads()
        let input = ArticleInput()
        let analyzer = Analyzer()
        let collected = Collected()
        let jobs = min(self.jobs, max(1, paths.count))
        let map = OrderedParallelMap<String, Outcome>(
            jobs: jobs, window: OrderedParallelMap<String, Outcome>.defaultWindow(jobs: jobs),
            work: { path in
                do {
                    return .article(PeopleArticle(analyzer.analyze(try input.load(path))))
                } catch {
                    return .failed("\(path): \(error)")
                }
            },
            emit: { outcome in
                switch outcome {
                case .article(let article): collected.articles.append(article)
                case .failed(let why): collected.failures.append(why)
                }
            })
        for path in paths { map.submit(path) }
        map.finish()
        return (collected.articles, collected.failures)
    }
}
