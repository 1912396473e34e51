import ArgumentParser
import BylineCore
import BylineFetch
import BylineStore
import Foundation

/// `byline feeds add URL|FILE [--name N] [--tag T]…`
struct FeedsAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Subscribe to a feed (a web address or a local file); `feeds update` fetches it.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The feed's short name (default: its host, or the file's name).")
    var name: String?

    @Option(name: .customLong("tag"), help: "A tag for the feed; repeat for several.")
    var tags: [String] = []

    @Option(help: "Items to keep for this feed (default: the library's, 200); starred and annotated ones are always kept.")
    var keep: Int?

    @Argument(help: "The feed's address (http:// or https://) or a file.")
    var feed: String

    func validate() throws {
        if let keep, keep < 1 { throw ValidationError("--keep must be at least 1") }
    }

    mutating func run() throws {
        let address = FeedAddress.normalize(feed)
        if !WebAddress.isWebAddress(address), !FileManager.default.isReadableFile(atPath: address) {
            throw ValidationError("\(feed): no such file, and not a web address (give one that starts with http:// or https://)")
        }
        let library = try storeOptions.openLibrary()
        do {
            let added = try library.addFeed(url: address, name: name ?? FeedAddress.defaultName(address), tags: tags, keepItems: keep)
            print("subscribed to \(SafeText.line(added.url, limit: 200)) as \(SafeText.line(added.name, limit: 80)); run `byline feeds update` to fetch it")
        } catch let error as LibraryError {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
    }
}
