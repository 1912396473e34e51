import BylineCore
import Foundation

/// Hypothesis's JSON export (`{"annotations": [{id, uri, text, tags, target: [{source,
/// selector}], created, updated, …}]}`, also its API's `{"rows": […]}`), both ways, so notes
/// move between Byline and the browser on the same article URL. Hypothesis has no verdicts:
/// Byline writes one as the tag `verdict:<word>` and reads that tag back as the verdict.
/// Everything else of an item (user, group, permissions, document…) is kept in its original.
public struct HypothesisFormat: Sendable {
    public static let verdictTag = "verdict:"

    public var client: ExportAgent

    public init(client: ExportAgent) {
        self.client = client
    }

    /// A Hypothesis export of `annotations`; `document` names each one's library record.
    public func export(_ annotations: [Annotation], exportDate: Date, user: String? = nil,
                       document: (Annotation) -> DocumentRecord? = { _ in nil }) -> String {
        var o: [String: JSONValue] = [
            "export_date": .string(Timestamp.format(exportDate)),
            "client_version": .string(client.name),
            "annotations": .array(annotations.map { json($0, document: document($0)) }),
        ]
        if let user { o["export_userid"] = .string(user) }
        return JSONValue.object(o).pretty
    }

    func json(_ a: Annotation, document: DocumentRecord?) -> JSONValue {
        let mine = native(a, document: document)
        guard let text = a.original, case .object(var original)? = JSONValue.parse(Data(text.utf8)),
              original["uri"] != nil, case .object(let fresh) = mine else { return mine }
        let read = Self.content(original)
        if read.verdict != a.verdict || read.note != a.note || read.tags != a.tags {
            for key in ["text", "tags", "updated"] { original[key] = fresh[key] }
        }
        return .object(original)
    }

    /// Byline's own rendering of an annotation as a Hypothesis item.
    func native(_ a: Annotation, document: DocumentRecord?) -> JSONValue {
        let path = document?.path ?? a.source
        let uri: String
        switch path.map(DocumentSource.parse) {
        case .url(let u)?: uri = u
        case .path(let p)?: uri = URL(fileURLWithPath: p).absoluteString
        default: uri = DocumentSource.ni(documentID: a.documentID) ?? a.documentID
        }
        let tags = a.tags + (a.verdict.map { [Self.verdictTag + $0.rawValue] } ?? [])
        var o: [String: JSONValue] = [
            "id": .string(a.id.uuidString.lowercased()),
            "created": .string(Timestamp.format(a.created)),
            "updated": .string(Timestamp.format(a.modified)),
            "uri": .string(uri),
            "text": .string(a.note),
            "tags": .array(tags.map { .string($0) }),
            "target": .array([.object(["source": .string(uri), "selector": .array(WebAnnotationWriter.selectors(a.anchor))])]),
        ]
        if let title = document?.title { o["document"] = .object(["title": .array([.string(title)])]) }
        return .object(o)
    }

    static func isExport(_ o: [String: JSONValue]) -> Bool {
        o["type"] == nil && (o["annotations"]?.array != nil || o["rows"]?.array != nil)
    }

    /// The items of a Hypothesis export.
    func read(_ o: [String: JSONValue]) -> ImportBatch {
        var batch = ImportBatch()
        for (i, value) in (o["annotations"]?.array ?? o["rows"]?.array ?? []).enumerated() {
            switch readItem(value, item: i + 1) {
            case .success(let item): batch.items.append(item)
            case .failure(let issue): batch.skipped.append(issue)
            }
        }
        return batch
    }

    /// One item, its target and selectors read as `WebAnnotationReader` reads a W3C target
    /// (refinedBy, strict member types), its dates as it reads them.
    private func readItem(_ value: JSONValue, item: Int) -> Result<ImportItem, ImportIssue> {
        guard case .object(let o) = value else { return .failure(ImportIssue(item: item, message: "not a JSON object")) }
        guard let uri = o["uri"]?.string else { return .failure(ImportIssue(item: item, message: "uri: missing")) }
        var read = WebAnnotationReader.Content()
        WebAnnotationReader.readTargets(o["target"]?.many ?? [], into: &read)
        if let problem = read.problem { return .failure(ImportIssue(item: item, message: problem)) }
        guard let anchor = read.anchor, let sourceText = read.source else {
            if let references = o["references"]?.many, !references.isEmpty {
                return .failure(ImportIssue(item: item, message: "a reply to another annotation (references): Byline anchors passages only"))
            }
            if !(o["target"]?.many ?? []).contains(where: { $0["selector"] != nil }) {
                return .failure(ImportIssue(item: item, message: "no TextQuoteSelector (a page note): Byline anchors passages only"))
            }
            return .failure(ImportIssue(item: item, message: read.unanchorable ?? "no target"))
        }
        let id: UUID
        switch o["id"] {
        case .string(let text)? where !text.isEmpty: id = UUID(uuidString: text) ?? LocalID.minted(from: "hypothesis:" + text)
        case nil: id = LocalID.minted(from: "hypothesis:" + value.compact)
        default: return .failure(ImportIssue(item: item, message: "id: expected a non-empty string"))
        }
        var notes = read.notes
        let dates = WebAnnotationReader.dates(created: o["created"], modified: o["updated"], modifiedKey: "updated", notes: &notes)
        let content = Self.content(o)
        let source = DocumentSource.parse(sourceText)
        let undated = WebAnnotationReader.undated
        var a = Annotation(id: id, documentID: source.name ?? uri, verdict: content.verdict, note: content.note, tags: content.tags,
                           created: AnnotationRow.truncated(dates.created ?? undated),
                           modified: AnnotationRow.truncated(dates.modified ?? dates.created ?? undated), anchor: anchor, source: source.name)
        if case .document(let hash) = source { a.documentID = hash }
        if native(a, document: nil) != value { a.original = value.compact }
        return .success(ImportItem(item: item, annotation: a, notes: notes, undated: dates.created == nil))
    }

    private static func content(_ o: [String: JSONValue]) -> (verdict: Verdict?, note: String, tags: [String]) {
        var verdict: Verdict?
        var tags: [String] = []
        for tag in o["tags"]?.many.compactMap(\.string) ?? [] {
            if verdict == nil, tag.lowercased().hasPrefix(verdictTag), let v = Verdict(word: String(tag.dropFirst(verdictTag.count))) {
                verdict = v
            } else {
                tags.append(tag)
            }
        }
        return (verdict, o["text"]?.string ?? "", Annotation.normalizedTags(tags))
    }
}
