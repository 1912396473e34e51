import ArgumentParser
import BylineFeeds
import BylineStore
import Foundation

/// `byline feeds import subs.opml`: subscribes to every feed of an OPML file (folders become tags).
struct FeedsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Subscribe to the feeds of an OPML file, as other feed readers export it.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The OPML file.")
    var file: String

    mutating func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            StandardError.print("byline: \(file): cannot be read")
            throw ExitCode(1)
        }
        let subscriptions: [OPMLSubscription]
        do { subscriptions = try OPMLReader.read([UInt8](data)) } catch {
            StandardError.print("byline: \(file): \(error)")
            throw ExitCode(1)
        }
        let library = try storeOptions.openLibrary()
        var added = 0, known = 0
        for s in subscriptions {
            let url = FeedAddress.normalize(s.url)
            let base = s.name ?? FeedAddress.defaultName(url)
            do {
                try Self.add(library, url: url, name: base, tags: s.tags)
                added += 1
            } catch LibraryError.duplicateFeed {
                known += 1
            }
        }
        print("imported \(added) feed\(added == 1 ? "" : "s")" + (known > 0 ? ", \(known) already subscribed" : ""))
    }

    /// Adds under `name`, or "name 2", "name 3"… when another feed has that name.
    static func add(_ library: LibraryStore, url: String, name: String, tags: [String]) throws {
        var candidate = name
        var n = 1
        while true {
            do {
                try library.addFeed(url: url, name: candidate, tags: tags)
                return
            } catch LibraryError.duplicateName {
                n += 1
                candidate = "\(name) \(n)"
            }
        }
    }
}
