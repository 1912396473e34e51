import ArgumentParser

/// `byline feeds …`: subscriptions and their updates, kept in the library beside the annotations.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Subscribe to news feeds (RSS, Atom, JSON Feed) and update them into the library.",
        discussion: """
        The library lives in the annotation store (--store, $BYLINE_STORE, else \
        $XDG_DATA_HOME/byline/annotations.sqlite). A feed is a web address or a local file.
        """,
        subcommands: [FeedsAdd.self, FeedsList.self, FeedsRemove.self, FeedsUpdate.self, FeedsImport.self, FeedsExport.self]
    )
}
