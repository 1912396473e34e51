import BylineCore
import Foundation

/// A file of annotations as it comes to `byline annotations import`: one W3C annotation, an
/// array of them, an `AnnotationPage` or an `AnnotationCollection` with its first page
/// included, or a Hypothesis export. Each item is read on its own, so one bad item is
/// skipped with its reason and the rest still come in.
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
        switch json {
        case .array(let array):
            items = array
        case .object(let o):
            if HypothesisFormat.isExport(o) { return hypothesis.read(o) }
            let types = o["type"]?.many.compactMap(\.string) ?? []
            if types.contains("AnnotationPage") {
                items = o["items"]?.array ?? []
            } else if types.contains("AnnotationCollection") {
                guard let first = o["first"] else { return ImportBatch() }
                guard let page = first.object else {
                    throw ReadError.notJSON("the collection's first page is only named (\(SafeText.line(first.string ?? "?", limit: 80))), not included")
                }
                items = page["items"]?.array ?? []
            } else {
                items = [json]
            }
        default:
            throw ReadError.notJSON("expected an object or an array")
        }
        let reader = WebAnnotationReader(writer: writer)
        var batch = ImportBatch()
        for (i, item) in items.enumerated() {
            switch reader.read(item, item: i + 1) {
            case .success(let read): batch.items.append(read)
            case .failure(let issue): batch.skipped.append(issue)
            }
        }
        return batch
    }
}
