import ArgumentParser
import BylineCore
import BylineStore
import BylineWeb
import Foundation

/// What the cross-article commands (`people`, `claims`, `sourcing`) read: the articles named
/// on the command line, analysed `--jobs` at a time (`AnalysedFiles`), or (with no file, or
/// `--library`) the library, whose indexes are brought up to date as it is read.
struct ArticleSelection: ParsableArguments {
    @Flag(name: .long, help: "Read the library (the default when no file is given).")
    var library = false

    @Option(name: .long, help: ArgumentHelp("Articles analysed at once (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Article files or folders (web pages too); none: the library.")
    var files: [String] = []

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
        if library && !files.isEmpty { throw ValidationError("give files or --library, not both") }
    }

    var readsLibrary: Bool { files.isEmpty }
}
