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
        // Read in chunks and stopped at the limit, so a FIFO or a growing file cannot pass it.
        let bytes: [UInt8]
        do {
            bytes = try ArticleLoader(maxBytes: Self.maxBytes).readBytes(file)
        } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
        let annotations = try WebAnnotationCodec.decode(Data(bytes))
        let summary = try storeOptions.open().importAnnotations(annotations)
        print("imported \(annotations.count): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged")
    }
}
