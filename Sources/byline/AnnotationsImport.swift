import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline annotations import FILE.jsonld`: brings Web Annotations (byline's export, or another
/// tool's with a TextQuoteSelector) into the store; annotations already there are updated.
struct AnnotationsImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import W3C Web Annotation JSON-LD.")

    @OptionGroup var storeOptions: StoreOptions

    /// Imports larger than this are refused before they are parsed.
    static let maxBytes = 64 * 1_048_576

    @Argument(help: "A .jsonld/.json file of annotations, or - for standard input.")
    var file: String

    mutating func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readData(ofLength: Self.maxBytes + 1)
        } else {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            guard size <= Self.maxBytes, let d = FileManager.default.contents(atPath: file) else {
                throw ValidationError(size > Self.maxBytes ? "\(SafeText.echo(file)): over \(Self.maxBytes / 1_048_576) MiB" : "cannot read \(SafeText.echo(file))")
            }
            data = d
        }
        guard data.count <= Self.maxBytes else { throw ValidationError("the import is over \(Self.maxBytes / 1_048_576) MiB") }
        let annotations = try WebAnnotationCodec.decode(data)
        let summary = try storeOptions.open().importAnnotations(annotations)
        print("imported \(annotations.count): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged")
    }
}
