import BylineReader
import Foundation

/// The reader's `PageOpener` on the command line: fetches a followed link on a background
/// queue with the same limits and `--offline` rule as the command's own URLs, and hands the
/// article (or one line saying why not) back to the reader.
final class LinkFetcher: PageOpener, @unchecked Sendable {
    private let input: ArticleInput
    private let queue = DispatchQueue(label: "byline.reader.links", attributes: .concurrent)
    private let inbox = ResultInbox()

    init(input: ArticleInput) {
        self.input = input
    }

    func open(_ url: String) {
        inbox.begin()
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
            inbox.finish([result])
        }
    }

    func drainResults() -> [Action] { inbox.drain() }

    var isBusy: Bool { inbox.isBusy }

    enum LinkError: Error, CustomStringConvertible {
        case noArticle(String)

        var description: String {
            switch self {
            case .noArticle(let url): return "\(url): no article text on this page"
            }
        }
    }
}
