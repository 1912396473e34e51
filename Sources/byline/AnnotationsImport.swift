import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline annotations import FILE.jsonld`: brings Web Annotations (byline's export, or another
/// tool's with a TextQuoteSelector) into the store; annotations already there are updated.
struct AnnotationsImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import W3C Web Annotation JSON-LD.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "A .jsonld/.json file of annotations, or - for standard input.")
    var file: String

    mutating func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(SafeText.echo(file))") }
            data = d
        }
        let annotations = try WebAnnotationCodec.decode(data)
        let summary = try storeOptions.open().importAnnotations(annotations)
        print("imported \(annotations.count): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged")
    }
}
