import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline annotations import FILE`: brings W3C Web Annotations (any conforming shape with a
/// text selector) or a Hypothesis export into the store. Items that cannot be anchored are
/// skipped, each named with its rule, and the rest come in (all or nothing with `--strict`).
/// A target naming a readable file places its quote against that file's text.
struct AnnotationsImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import W3C Web Annotation JSON-LD or a Hypothesis export.")

    @OptionGroup var storeOptions: StoreOptions

    /// Notes (corrections, what is kept but not shown) printed one per line; the rest are counted.
    static let maxNotes = 20

    /// Imports larger than this are refused before they are parsed.
    static let maxBytes = 64 * 1_048_576

    @Argument(help: "A .jsonld/.json file of annotations, or - for standard input.")
    var file: String

    @Flag(help: "Import nothing if any item would be skipped.")
    var strict = false

    mutating func run() throws {
        // Read in chunks and stopped at the limit, so a FIFO or a growing file cannot pass it.
        let bytes: [UInt8]
        do {
            bytes = try ArticleLoader(maxBytes: Self.maxBytes).readBytes(file)
        } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
        let generator = ExportAgent.byline(version: Byline.configuration.version)
        let batch: ImportBatch
        do {
            batch = try AnnotationFile.read(Data(bytes), writer: WebAnnotationWriter(generator: generator),
                                            hypothesis: HypothesisFormat(client: generator))
        } catch {
            StandardError.print("byline: \(SafeText.echo(file)): \(error)")
            throw ExitCode(1)
        }
        if strict, let first = batch.unread.first {
            StandardError.print("byline: \(first); nothing was imported")
            throw ExitCode(1)
        }
        let summary: AnnotationStore.ImportSummary
        do {
            summary = try storeOptions.open().importAnnotations(batch, documents: Self.documentsAtHand(batch), strict: strict)
        } catch let error as StoreError {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
        for note in summary.notes.prefix(Self.maxNotes) { StandardError.print("byline: note: \(note)") }
        if summary.notes.count > Self.maxNotes {
            StandardError.print("byline: note: and \(summary.notes.count - Self.maxNotes) more notes like these")
        }
        for skip in summary.skipped { StandardError.print("byline: skipped \(skip)") }
        for part in batch.unread { StandardError.print("byline: skipped: \(part)") }
        let total = batch.items.count + batch.skipped.count
        var line = "imported \(total): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged"
        if !summary.skipped.isEmpty { line += ", \(summary.skipped.count) skipped" }
        if !batch.unread.isEmpty { line += "; part of the file not read" }
        print(line)
        if !summary.skipped.isEmpty || !batch.unread.isEmpty { throw ExitCode(1) }
    }

    /// The local files the items' targets name, read once each (a URL is not fetched). Only a
    /// regular file no larger than the loader's limit is read: a path in someone else's file
    /// may name a FIFO, a device or anything else, which would hang or flood the import.
    static func documentsAtHand(_ batch: ImportBatch) -> [String: DocumentAtHand] {
        var out: [String: DocumentAtHand] = [:]
        let maxBytes = ArticleLoader.defaultMaxBytes
        for source in Set(batch.items.compactMap(\.annotation.source)) {
            guard case .path(let path) = DocumentSource.parse(source) else { continue }
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= maxBytes,
                  let article = try? AnnotatedArticle(path: path) else { continue }
            out[source] = DocumentAtHand(record: article.record, text: article.text)
        }
        return out
    }
}
