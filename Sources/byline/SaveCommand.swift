import ArgumentParser
import BylineCore
import BylineFeeds
import BylineFetch
import BylineStore
import Foundation

/// `byline save FILE|URL…`: adds pages and texts to the library without a feed, so everything
/// read is in one place. Saving the same address (or text) again refreshes the one item.
struct SaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Add articles (files, pages or URLs) to the library, analysed, without a feed.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var web: WebOptions

    @Argument(help: "Articles: files, saved pages or web addresses.")
    var articles: [String]

    mutating func run() throws {
        guard !articles.isEmpty else { throw ValidationError("give files or web addresses to save") }
        let library = try storeOptions.openLibrary()
        let input = ArticleInput(web: web)
        let maker = LibraryArticle(analyze: true)
        var failed = false
        for argument in articles {
            do {
                let article = try input.load(argument)
                StandardError.printWarnings(of: article)
                let isWeb = WebAddress.isWebAddress(argument)
                let link = isWeb ? (article.metadata?.url ?? argument) : URL(fileURLWithPath: argument).standardizedFileURL.absoluteString
                let title = article.metadata?.title ?? Self.firstLine(article.text) ?? (argument as NSString).lastPathComponent
                let (text, analysis) = maker.text(of: article, title: title, source: isWeb ? .page : .file)
                let draft = ItemDraft(link: link, title: title, authors: article.metadata?.byline ?? [],
                                      published: article.metadata?.published.flatMap(FeedDate.parse))
                let (item, isNew) = try library.save(draft, text: text, analysis: analysis)
                print("\(isNew ? "saved" : "updated") \(SafeText.line(item.title, limit: 100))"
                      + (analysis.map { " (\($0.quotes) quotes, \($0.claims) claims)" } ?? ""))
            } catch {
                StandardError.print("byline: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    static func firstLine(_ text: String) -> String? {
        text.split(separator: "\n").first.map { String($0.prefix(200)).trimmingCharacters(in: .whitespaces) }
    }
}
