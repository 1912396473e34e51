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

    private func readItem(_ value: JSONValue, item: Int) -> Result<ImportItem, ImportIssue> {
        guard case .object(let o) = value else { return .failure(ImportIssue(item: item, message: "not a JSON object")) }
        guard let uri = o["uri"]?.string else { return .failure(ImportIssue(item: item, message: "uri: missing")) }
        let target = o["target"]?.many.first
        let selectors = target?["selector"]?.many ?? []
        let quote = selectors.first { $0["type"]?.string == "TextQuoteSelector" }
        guard let exact = quote?["exact"]?.string else {
            return .failure(ImportIssue(item: item, message: "no TextQuoteSelector (a page note): Byline anchors passages only"))
        }
        var anchor = TextAnchor.unplaced(exact: exact, prefix: quote?["prefix"]?.string ?? "", suffix: quote?["suffix"]?.string ?? "")
        if let p = selectors.first(where: { $0["type"]?.string == "TextPositionSelector" }),
           let s = p["start"]?.int.flatMap({ Int(exactly: $0) }), let e = p["end"]?.int.flatMap({ Int(exactly: $0) }) {
            anchor.start = s
            anchor.end = e
        }
        let idText = o["id"]?.string ?? value.compact
        let id = UUID(uuidString: idText) ?? LocalID.minted(from: "hypothesis:" + idText)
        let content = Self.content(o)
        let created = o["created"]?.string.flatMap(Timestamp.parse) ?? Date(timeIntervalSince1970: 0)
        let modified = o["updated"]?.string.flatMap(Timestamp.parse) ?? created
        let source = DocumentSource.parse(target?["source"]?.string ?? uri)
        var a = Annotation(id: id, documentID: source.name ?? uri, verdict: content.verdict, note: content.note, tags: content.tags,
                           created: AnnotationRow.truncated(created), modified: AnnotationRow.truncated(modified),
                           anchor: anchor, source: source.name)
        if case .document(let hash) = source { a.documentID = hash }
        if native(a, document: nil) != value { a.original = value.compact }
        return .success(ImportItem(item: item, annotation: a))
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
