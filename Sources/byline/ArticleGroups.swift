import BylineStore
import Foundation

/// Every annotation of a store, grouped by the article it belongs to, in the store's order:
/// the library's title and path when it knows the document, else the path or URL an imported
/// annotation named, else the document id.
struct ArticleGroups {
    struct Group {
        var documentID: String
        var record: DocumentRecord?
        var title: String
        var path: String?
        var annotations: [Annotation]
    }

    var groups: [Group] = []
    var isEmpty: Bool { groups.isEmpty }

    init(store: AnnotationStore) throws {
        let documents = Dictionary(try store.documents().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var index: [String: Int] = [:]
        for a in try store.allAnnotations() {
            if let at = index[a.documentID] { groups[at].annotations.append(a); continue }
            let record = documents[a.documentID]
            let path = record?.path ?? a.source
            let title = record?.title ?? path.map { ($0 as NSString).lastPathComponent } ?? a.documentID
            index[a.documentID] = groups.count
            groups.append(Group(documentID: a.documentID, record: record, title: title, path: path, annotations: [a]))
        }
    }
}
