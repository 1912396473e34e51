import BylineCore
import Foundation

/// A file of annotations as it comes to `byline annotations import`: one W3C annotation, an
/// array of them, an `AnnotationPage` or an `AnnotationCollection` with its first page
/// included, or a Hypothesis export. Each item is read on its own, so one bad item is
/// skipped with its reason and the rest still come in; pages that are not read (after a
/// collection's first, or a page's `next`) are named in the batch's `unread`.
public enum AnnotationFile {
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case notJSON(String)

        public var description: String {
            switch self {
            case .notJSON(let why): return "not Web Annotation JSON-LD nor a Hypothesis export: \(why)"
            }
        }
    }

    public static func read(_ data: Data, writer: WebAnnotationWriter, hypothesis: HypothesisFormat) throws -> ImportBatch {
        guard let json = JSONValue.parse(data) else { throw ReadError.notJSON("not JSON") }
        let items: [JSONValue]
        var unread: [String] = []
        switch json {
        case .array(let array):
            items = array
        case .object(let o):
            if HypothesisFormat.isExport(o) { return hypothesis.read(o) }
            let types = o["type"]?.many.compactMap(\.string) ?? []
            if types.contains("AnnotationPage") {
                items = o["items"]?.array ?? []
                if let next = o["next"] { unread.append("the next page (\(name(next))) is not read, only this one") }
            } else if types.contains("AnnotationCollection") {
                let total = o["total"]?.int
                guard let first = o["first"] else {
                    if total != 0 { unread.append("the collection includes no first page\(total.map { " (total \($0))" } ?? ""): nothing to import") }
                    return ImportBatch(unread: unread)
                }
                guard let page = first.object else {
                    throw ReadError.notJSON("the collection's first page is only named (\(SafeText.line(first.string ?? "?", limit: 80))), not included")
                }
                items = page["items"]?.array ?? []
                if let next = page["next"] {
                    let count = total.map { " of \($0)" } ?? ""
                    unread.append("the collection's pages after the first (next: \(name(next))) are not read: \(items.count)\(count) items imported at most")
                } else if let total, total > Int64(items.count) {
                    unread.append("the collection holds \(total) items, its first page \(items.count): the others are not read")
                }
            } else {
                items = [json]
            }
        default:
            throw ReadError.notJSON("expected an object or an array")
        }
        let reader = WebAnnotationReader(writer: writer)
        var batch = ImportBatch(unread: unread)
        for (i, item) in items.enumerated() {
            switch reader.read(item, item: i + 1) {
            case .success(let read): batch.items.append(read)
            case .failure(let issue): batch.skipped.append(issue)
            }
        }
        return batch
    }

    /// A page named by its id (a string) or included (an object with an `id`), for a message.
    private static func name(_ page: JSONValue) -> String {
        SafeText.line(page.string ?? page["id"]?.string ?? "included", limit: 80)
    }
}
