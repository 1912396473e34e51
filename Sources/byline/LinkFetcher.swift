import BylineReader
import Foundation

/// The reader's `PageOpener` on the command line: fetches a followed link on a background
/// queue with the same limits and `--offline` rule as the command's own URLs, and hands the
/// article (or one line saying why not) back to the reader.
final class LinkFetcher: PageOpener, @unchecked Sendable {
    private let input: ArticleInput
    private let queue = DispatchQueue(label: "byline.reader.links", attributes: .concurrent)
    private let lock = NSLock()
    private var results: [Action] = []
    private var pending = 0

    init(input: ArticleInput) {
        self.input = input
    }

    func open(_ url: String) {
        lock.lock()
        pending += 1
        lock.unlock()
        queue.async { [self] in
            let result: Action
            do {
                let opened = try input.load(url)
                guard opened.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                    throw LinkError.noArticle(url)
                }
                result = .pageOpened(url: url, opened)
            } catch {
                result = .pageFailed(url: url, reason: "\(error)")
            }
            lock.lock()
            results.append(result)
            pending -= 1
            lock.unlock()
        }
    }

    func drainResults() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let out = results
        results.removeAll()
        return out
    }

    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pending > 0 || !results.isEmpty
    }

    enum LinkError: Error, CustomStringConvertible {
        case noArticle(String)

        var description: String {
            switch self {
            case .noArticle(let url): return "\(url): no article text on this page"
            }
        }
    }
}
