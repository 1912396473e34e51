import ArgumentParser
import BylineReader
import BylineStore
import BylineTerminal
import Foundation

/// `byline` with no argument on a terminal and a library with feeds or articles: the reader
/// opens on the library, read from SQLite a page at a time, with `r`/`R` updating feeds
/// through the same updater as `byline feeds update`.
enum LibraryReader {
    /// The library in the store, when the store exists and holds a feed or an item; nil
    /// otherwise (then the sample opens). A missing store is not created by looking.
    static func openIfNotEmpty(_ store: StoreOptions) -> LibraryStore? {
        guard FileManager.default.fileExists(atPath: store.resolvedPath),
              let library = try? store.openLibrary() else { return nil }
        let feeds = (try? library.feedSummaries(limit: 1)) ?? []
        let items = (try? library.items(ItemScope(), olderThan: nil, limit: 1, analyzerVersion: LibraryArticle.analyzerVersion)) ?? []
        return feeds.isEmpty && items.isEmpty ? nil : library
    }

    static func run(_ library: LibraryStore, themeOption: String?, store: StoreOptions, input: ArticleInput, web: WebOptions) throws {
        let settings = try InteractiveReader.settings(themeOption: themeOption)
        let backend = StoreLibraryBackend(library: library, analyzerVersion: LibraryArticle.analyzerVersion,
                                          updater: ReaderFeedUpdates(library: library, web: web))
        backend.indexPeopleBacklog()
        var app = ReaderApp(library: backend, keymap: settings.keymap, annotations: StoreAnnotationBackend(store: library.store),
                            pages: LinkFetcher(input: input))
        do {
            try TerminalRunner.run(&app, theme: settings.theme)
        } catch let error as TerminalError {
            if case .stoppedBySignal = error { throw ExitCode(error.exitStatus) }
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
    }
}
