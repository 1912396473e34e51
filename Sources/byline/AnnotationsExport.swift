import ArgumentParser
import BylineStore
import Foundation

/// `byline annotations export --format w3c|markdown|csv [FILE]`: the annotations of FILE (or
/// all of them) as Web Annotation JSON-LD, a fact-check report, or CSV, on standard output.
/// JSON-LD escapes every control; CSV is made safe only when printed on a terminal.
struct AnnotationsExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export annotations as W3C JSON-LD, Markdown or CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case w3c, markdown, csv
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .shortAndLong, help: "w3c (Web Annotation JSON-LD), markdown (a report) or csv.")
    var format: Format = .w3c

    @Argument(help: "An article: export only its annotations (and those of earlier versions at its path).")
    var file: String?

    mutating func run() throws {
        let store = try storeOptions.open(access: .read)
        var sections: [MarkdownReport.Section] = []
        if let file {
            let article = try AnnotatedArticle(path: file)
            let located = try store.locate(in: article.text, documentID: article.id, path: article.record.path)
            sections = [MarkdownReport.Section(title: article.heading, documentID: article.id, path: article.record.path,
                                               annotations: located.attached.map(\.annotation), orphans: located.orphans)]
        } else {
            let documents = Dictionary(try store.documents().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var byDocument: [String: [Annotation]] = [:]
            var order: [String] = []
            for a in try store.allAnnotations() {
                if byDocument[a.documentID] == nil { order.append(a.documentID) }
                byDocument[a.documentID, default: []].append(a)
            }
            for id in order {
                let d = documents[id]
                let title = d?.title ?? d?.path.map { ($0 as NSString).lastPathComponent } ?? id
                sections.append(MarkdownReport.Section(title: title, documentID: id, path: d?.path, annotations: byDocument[id] ?? []))
            }
        }
        let all = sections.flatMap { $0.annotations + $0.orphans }
        switch format {
        case .w3c: FileHandle.standardOutput.write(Data(WebAnnotationCodec.encode(all).utf8))
        case .markdown: FileHandle.standardOutput.write(Data(MarkdownReport.render(sections).utf8))
        case .csv: FileHandle.standardOutput.write(Data(CSVExport.render(all, forTerminal: isatty(STDOUT_FILENO) != 0).utf8))
        }
    }
}
