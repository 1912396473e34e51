import ArgumentParser
import BylineStore
import Foundation

/// `--store PATH`, shared by every command that opens the annotation store.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "The annotation store (default: $BYLINE_STORE, else $XDG_DATA_HOME/byline/annotations.sqlite).",
        valueName: "path"))
    var store: String?

    var resolvedPath: String {
        StoreLocation.resolve(explicit: store, environment: ProcessInfo.processInfo.environment)
    }

    /// The store; `access: .read` for commands that only read it, so a read-only store is
    /// still listed and exported.
    func open(access: AnnotationStore.Access = .readWrite) throws -> AnnotationStore {
        try AnnotationStore(path: resolvedPath, access: access)
    }
}
