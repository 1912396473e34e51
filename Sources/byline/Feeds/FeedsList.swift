import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline feeds list`: every feed with its unread and total items, when it was last
/// updated, and the error of its last update when it failed.
struct FeedsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the feeds, their unread items and last errors.")

    @OptionGroup var storeOptions: StoreOptions

    mutating func run() throws {
        let library = LibraryStore(store: try storeOptions.open(access: .read))
        var after: String?
        var any = false
        while true {
            let page = try library.feedSummaries(after: after, limit: 200)
            for summary in page {
                any = true
                print(Self.line(summary))
                if let error = summary.feed.lastError { print("    error: " + SafeText.line(error, limit: 300)) }
            }
            guard page.count == 200, let last = page.last else { break }
            after = last.feed.name
        }
        if !any { print("no feeds yet: add one with `byline feeds add URL`") }
    }

    static func line(_ s: FeedSummary) -> String {
        let f = s.feed
        let checked = f.lastChecked.map { Timestamps.local($0) } ?? "never updated"
        let tags = f.tags.isEmpty ? "" : "  [" + f.tags.joined(separator: ", ") + "]"
        return SafeText.line(f.name, limit: 40).padded(20) + "\(s.unread)/\(s.total)".padded(12) + checked.padded(18)
            + SafeText.line(f.url, limit: 200) + SafeText.line(tags, limit: 100)
    }
}
