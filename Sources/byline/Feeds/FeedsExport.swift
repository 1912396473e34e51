import ArgumentParser
import BylineFeeds
import BylineStore
import Foundation

/// `byline feeds export`: the subscriptions as OPML on standard output.
struct FeedsExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the subscriptions as OPML.")

    @OptionGroup var storeOptions: StoreOptions

    mutating func run() throws {
        let library = LibraryStore(store: try storeOptions.open(access: .read))
        let subscriptions = try library.feeds().map {
            OPMLSubscription(url: $0.url, name: $0.name, siteLink: $0.siteLink, tags: $0.tags)
        }
        FileHandle.standardOutput.write(Data(OPMLWriter.write(subscriptions).utf8))
    }
}
