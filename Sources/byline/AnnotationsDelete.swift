import ArgumentParser
import BylineCore
import BylineStore

/// `byline annotations delete ID`: removes one annotation, named by its id or an unambiguous
/// prefix of it (as `list` prints). An id that names none, or several, is one line on stderr.
struct AnnotationsDelete: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete an annotation by id (or id prefix).")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The annotation id, or the first characters of it.")
    var id: String

    mutating func run() throws {
        let store = try storeOptions.open()
        let prefix = id.lowercased()
        let matches = try store.allAnnotations().filter { $0.id.uuidString.lowercased().hasPrefix(prefix) }
        guard matches.count == 1 else {
            StandardError.print("byline: " + (matches.isEmpty ? "no annotation \(SafeText.echo(id))" : "\(SafeText.echo(id)) names \(matches.count) annotations; give more of the id"))
            throw ExitCode(1)
        }
        try store.delete(matches[0].id)
        print("deleted \(matches[0].id.uuidString.lowercased())")
    }
}

/// `byline annotations undo`: takes back the last change made to the store, by anyone.
struct AnnotationsUndo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Undo the last change to the store.")

    @OptionGroup var storeOptions: StoreOptions

    mutating func run() throws {
        let store = try storeOptions.open()
        switch try store.undo(scope: .anySession) {
        case nil: print("nothing to undo")
        case .removed(let a): print("removed \(a.id.uuidString.lowercased())")
        case .restored(let a): print("restored \(a.id.uuidString.lowercased())")
        }
    }
}
