import BylineCore
import BylineStore
import Foundation

/// An article loaded for the annotation commands: its text, its id and its library record.
struct AnnotatedArticle {
    let document: Document
    let record: DocumentRecord

    var text: ScalarText { document.text }
    var id: String { record.id }

    /// - Parameter input: how a web address is fetched; files and "-" need no network.
    init(path: String, input: ArticleInput = ArticleInput()) throws {
        let loaded = try input.load(path)
        StandardError.printWarnings(of: loaded)
        document = Document(loaded.text)
        record = DocumentRecord(article: loaded, document: document)
    }

    /// A heading for reports: the title, else the file name.
    var heading: String {
        record.title ?? record.path.map { ($0 as NSString).lastPathComponent } ?? record.id
    }
}
