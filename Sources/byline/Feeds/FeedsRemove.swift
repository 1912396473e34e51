import ArgumentParser
import BylineCore
import BylineStore

/// `byline feeds remove NAME…`: unsubscribes; starred and annotated items stay as saved articles.
struct FeedsRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Unsubscribe from feeds; their starred and annotated items stay in the library.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Names of the feeds to remove (see `byline feeds list`).")
    var names: [String]

    mutating func run() throws {
        guard !names.isEmpty else { throw ValidationError("name the feeds to remove") }
        let library = try storeOptions.openLibrary()
        var failed = false
        for name in names {
            guard let feed = try library.feed(named: name) else {
                StandardError.print("byline: \(LibraryError.noSuchFeed(name))")
                failed = true
                continue
            }
            let (removed, kept) = try library.removeFeed(id: feed.id)
            print("removed \(SafeText.line(name, limit: 80)): \(removed) items dropped" + (kept > 0 ? ", \(kept) starred or annotated kept as saved" : ""))
        }
        if failed { throw ExitCode(1) }
    }
}
