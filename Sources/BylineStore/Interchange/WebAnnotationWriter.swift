import BylineCore
import Foundation

/// Annotations as W3C Web Annotation JSON-LD. Byline's own: `motivation` (`assessing` with a
/// verdict, else `commenting`), `generator`, `creator` when configured, verdict, note and tags
/// as textual bodies with a `purpose` and a `format`, and a target whose `source` is the
/// article's URL, else `ni:///sha-256;…` with the file path beside it (`bylinePath`), selected
/// by its quote (prefix and suffix only when there are some) and, when known, its position.
/// An imported annotation goes out as it came in: its original object, with only what was
/// changed here (the written parts, a corrected position) replaced.
public struct WebAnnotationWriter: Sendable {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    public var generator: ExportAgent
    public var creator: ExportAgent?

    public init(generator: ExportAgent, creator: ExportAgent? = nil) {
        self.generator = generator
        self.creator = creator
    }

    /// A JSON array of annotations (`document` gives each one's library record, when known).
    public func list(_ annotations: [Annotation], document: (Annotation) -> DocumentRecord? = { _ in nil }) -> String {
        JSONValue.array(annotations.map { json($0, document: document($0)) }).pretty
    }

    /// An `AnnotationCollection` holding every annotation in its first (and only) page.
    public func collection(_ annotations: [Annotation], label: String, document: (Annotation) -> DocumentRecord? = { _ in nil }) -> String {
        let ids = annotations.map { $0.id.uuidString.lowercased() }.joined(separator: ",")
        let collectionID = "urn:uuid:" + LocalID.minted(from: "collection:" + ids).uuidString.lowercased()
        let page: [String: JSONValue] = [
            "id": .string("urn:uuid:" + LocalID.minted(from: "page:" + ids).uuidString.lowercased()),
            "type": .string("AnnotationPage"),
            "partOf": .string(collectionID),
            "startIndex": .int(0),
            "items": .array(annotations.map { json($0, document: document($0)) }),
        ]
        return JSONValue.object([
            "@context": .string(Self.context),
            "id": .string(collectionID),
            "type": .string("AnnotationCollection"),
            "label": .string(label),
            "total": .int(Int64(annotations.count)),
            "first": .object(page),
        ]).pretty
    }

    /// One annotation: its original object brought up to date, or Byline's own rendering.
    public func json(_ a: Annotation, document: DocumentRecord?) -> JSONValue {
        if let text = a.original, case .object(let original)? = JSONValue.parse(Data(text.utf8)),
           WebAnnotationReader.isAnnotation(original) {
            return .object(Self.updated(original, with: a))
        }
        return native(a, document: document)
    }

    /// Byline's own rendering.
    func native(_ a: Annotation, document: DocumentRecord?) -> JSONValue {
        var o: [String: JSONValue] = [
            "@context": .string(Self.context),
            "id": .string("urn:uuid:" + a.id.uuidString.lowercased()),
            "type": .string("Annotation"),
            "motivation": .string(a.verdict == nil ? "commenting" : "assessing"),
            "created": .string(Timestamp.format(a.created)),
            "modified": .string(Timestamp.format(a.modified)),
            "generator": generator.json,
            "body": .array(Self.bodies(a)),
            "target": .object(target(a, document: document)),
        ]
        if let creator { o["creator"] = creator.json }
        return .object(o)
    }

    static func bodies(_ a: Annotation) -> [JSONValue] {
        var out: [JSONValue] = []
        func body(_ purpose: String, _ value: String) -> JSONValue {
            .object(["type": .string("TextualBody"), "purpose": .string(purpose), "value": .string(value), "format": .string("text/plain")])
        }
        if let v = a.verdict { out.append(body("assessing", v.rawValue)) }
        if !a.note.isEmpty { out.append(body("commenting", a.note)) }
        for tag in a.tags { out.append(body("tagging", tag)) }
        return out
    }

    private func target(_ a: Annotation, document: DocumentRecord?) -> [String: JSONValue] {
        var t: [String: JSONValue] = ["selector": .array(Self.selectors(a.anchor))]
        let path = document?.path ?? a.source
        if let path, case .url = DocumentSource.parse(path) {
            t["source"] = .string(path)
        } else if let ni = DocumentSource.ni(documentID: a.documentID) {
            t["source"] = .string(ni)
            if let path { t["bylinePath"] = .string(path) }
        } else {
            t["source"] = .string(a.source ?? a.documentID)
        }
        return t
    }

    static func selectors(_ anchor: TextAnchor) -> [JSONValue] {
        var quote: [String: JSONValue] = ["type": .string("TextQuoteSelector"), "exact": .string(anchor.exact)]
        if !anchor.prefix.isEmpty { quote["prefix"] = .string(anchor.prefix) }
        if !anchor.suffix.isEmpty { quote["suffix"] = .string(anchor.suffix) }
        var out: [JSONValue] = [.object(quote)]
        if let p = position(anchor) { out.append(p) }
        return out
    }

    static func position(_ anchor: TextAnchor) -> JSONValue? {
        guard anchor.isPlaced else { return nil }
        return .object(["type": .string("TextPositionSelector"), "start": .int(Int64(anchor.start)), "end": .int(Int64(anchor.end))])
    }

    /// `original` (an imported item's JSON) brought up to an anchor the import corrected, so
    /// that it is kept as it will be exported: importing that export again changes nothing.
    static func corrected(original: String?, to a: Annotation) -> String? {
        guard let original, case .object(let o)? = JSONValue.parse(Data(original.utf8)), WebAnnotationReader.isAnnotation(o) else {
            return original
        }
        return JSONValue.object(updated(o, with: a)).compact
    }

    /// The original object with the bodies replaced when the verdict, note or tags were changed
    /// here (bodies Byline does not show are kept; a `motivation` Byline did not write, such as
    /// an array, is kept), and the anchored target's selectors made the current ones: its
    /// position selector, and when the quote itself changed (re-anchored to an edited text),
    /// Byline's own quote and position in place of every selector of the old text.
    static func updated(_ original: [String: JSONValue], with a: Annotation) -> [String: JSONValue] {
        var o = original
        let read = WebAnnotationReader.content(of: original)
        if read.verdict != a.verdict || read.note != a.note || read.tags != a.tags {
            o["body"] = .array(Self.bodies(a) + read.unshownBodies)
            o["bodyValue"] = nil
            o["modified"] = .string(Timestamp.format(a.modified))
            switch o["motivation"] {
            case nil, .string("commenting")?, .string("assessing")?:
                o["motivation"] = .string(a.verdict == nil ? "commenting" : "assessing")
            default: break
            }
        }
        guard let at = read.anchoredTarget, let targets = o["target"]?.many, at < targets.count,
              case .object(var target) = targets[at], let selectors = target["selector"] else { return o }
        let all = selectors.many
        let current = Self.position(a.anchor)
        let next: [JSONValue]
        if read.anchor?.exact != a.anchor.exact {
            next = Self.selectors(a.anchor)
        } else {
            let positions = all.filter { $0["type"]?.string == "TextPositionSelector" }
            let same = positions.count == 1 && positions[0]["start"]?.int == current?["start"]?.int
                && positions[0]["end"]?.int == current?["end"]?.int
            if (positions.isEmpty && current == nil) || same { return o }
            next = all.filter { $0["type"]?.string != "TextPositionSelector" } + (current.map { [$0] } ?? [])
        }
        if case .array = selectors { target["selector"] = .array(next) } else { target["selector"] = next.count == 1 ? next[0] : .array(next) }
        if case .array(var list)? = o["target"] {
            list[at] = .object(target)
            o["target"] = .array(list)
        } else {
            o["target"] = .object(target)
        }
        return o
    }
}
