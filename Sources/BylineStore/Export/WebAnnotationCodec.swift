import BylineCore
import Foundation

/// Annotations to and from Web Annotation JSON-LD. Verdicts travel as `assessing` bodies,
/// notes as `commenting`, tags as `tagging`; the target's source is the document id and its
/// selectors the anchor. Export then import gives back the same annotations, byte for byte
/// on re-export. Imports come from other people: every item is checked (a range must be a
/// range of its quote, a note may not hold a NUL, which SQLite would cut it at) and refused
/// with one line naming the item and the field, never stored half-valid.
public enum WebAnnotationCodec {
    public enum DecodeError: Error, Equatable, CustomStringConvertible {
        case notJSON(String)
        case invalid(String)

        public var description: String {
            switch self {
            case .notJSON(let why): return "not Web Annotation JSON-LD: \(why)"
            case .invalid(let why): return "invalid annotation: \(why)"
            }
        }
    }

    /// A JSON array of annotations, pretty-printed with sorted keys (stable diffs).
    public static func encode(_ annotations: [Annotation]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(annotations.map(web))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads one annotation, an array of them, or an AnnotationPage / AnnotationCollection
    /// whose `items` (or `first.items`) hold them.
    public static func decode(_ data: Data) throws -> [Annotation] {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw DecodeError.notJSON(SafeText.echo("\(error.localizedDescription)"))
        }
        let items: [Any]
        if let array = json as? [Any] {
            items = array
        } else if let object = json as? [String: Any] {
            if let page = object["items"] as? [Any] {
                items = page
            } else if let first = object["first"] as? [String: Any], let page = first["items"] as? [Any] {
                items = page
            } else {
                items = [object]
            }
        } else {
            throw DecodeError.notJSON("expected an object or an array")
        }
        return try items.enumerated().map { index, item in
            guard JSONSerialization.isValidJSONObject(item) else { throw DecodeError.invalid("item \(index + 1) is not an object") }
            let itemData = try JSONSerialization.data(withJSONObject: item)
            let web: WebAnnotation
            do { web = try JSONDecoder().decode(WebAnnotation.self, from: itemData) } catch {
                throw DecodeError.invalid("item \(index + 1): \(DecodingErrorText.describe(error))")
            }
            return try annotation(web, index: index + 1)
        }
    }

    static func web(_ a: Annotation) -> WebAnnotation {
        var body: [WebAnnotationBody] = []
        if let v = a.verdict { body.append(WebAnnotationBody(purpose: "assessing", value: v.rawValue)) }
        if !a.note.isEmpty { body.append(WebAnnotationBody(purpose: "commenting", value: a.note, format: "text/plain")) }
        for tag in a.tags { body.append(WebAnnotationBody(purpose: "tagging", value: tag)) }
        return WebAnnotation(
            id: "urn:uuid:" + a.id.uuidString.lowercased(),
            created: Timestamp.format(a.created), modified: Timestamp.format(a.modified), body: body,
            target: WebAnnotationTarget(source: a.documentID, selector: [.quote(a.anchor), .position(a.anchor)]))
    }

    static func annotation(_ w: WebAnnotation, index: Int) throws -> Annotation {
        guard w.type == "Annotation" else { throw DecodeError.invalid("item \(index): type is \(SafeText.echo(w.type)), not Annotation") }
        let idText = w.id.hasPrefix("urn:uuid:") ? String(w.id.dropFirst(9)) : w.id
        guard let id = UUID(uuidString: idText) else { throw DecodeError.invalid("item \(index): id \(SafeText.echo(w.id)) is not a urn:uuid") }
        var verdict: Verdict?
        var notes: [String] = []
        var tags: [String] = []
        for b in w.body {
            switch b.purpose {
            case "assessing":
                guard let v = Verdict(word: b.value) else { throw DecodeError.invalid("item \(index): unknown verdict \(SafeText.echo(b.value))") }
                verdict = v
            case "tagging": tags.append(b.value)
            default: notes.append(b.value)
            }
        }
        let quote = w.target.selector.first { $0.type == "TextQuoteSelector" }
        let position = w.target.selector.first { $0.type == "TextPositionSelector" }
        guard let exact = quote?.exact else { throw DecodeError.invalid("item \(index): no TextQuoteSelector") }
        let (start, end) = try range(position, quoteLength: exact.unicodeScalars.count, index)
        for (field, value) in [("note", notes.joined()), ("tag", tags.joined()), ("exact", exact),
                               ("prefix", quote?.prefix ?? ""), ("suffix", quote?.suffix ?? ""), ("source", w.target.source)]
            where value.unicodeScalars.contains("\0") {
            throw DecodeError.invalid("item \(index): the \(field) holds a NUL character (U+0000), which byline does not store")
        }
        let created = try w.created.map { try date($0, index) } ?? Date(timeIntervalSince1970: 0)
        let modified = try w.modified.map { try date($0, index) } ?? created
        return Annotation(id: id, documentID: w.target.source, verdict: verdict, note: notes.joined(separator: "\n\n"),
                          tags: Annotation.normalizedTags(tags), created: created, modified: modified,
                          anchor: TextAnchor(exact: exact, prefix: quote?.prefix ?? "", suffix: quote?.suffix ?? "",
                                             start: start, end: end))
    }

    /// The offsets of the quote: the TextPositionSelector when it is a range of the quote's
    /// length; negative or inverted offsets are refused; a range of another length (another
    /// tool counting UTF-16 units, an edited quote) keeps only its start, as a hint for
    /// re-anchoring by the quote. No selector: start 0, found again by the quote.
    private static func range(_ position: WebSelector?, quoteLength: Int, _ index: Int) throws -> (Int, Int) {
        guard let position, let start = position.start else { return (0, quoteLength) }
        let end = position.end ?? start + quoteLength
        if start < 0 || end < 0 {
            throw DecodeError.invalid("item \(index): TextPositionSelector: negative position (start \(start), end \(end))")
        }
        if end < start {
            throw DecodeError.invalid("item \(index): TextPositionSelector: end \(end) comes before start \(start)")
        }
        return (start, start + quoteLength)
    }

    private static func date(_ text: String, _ index: Int) throws -> Date {
        guard let d = Timestamp.parse(text) else { throw DecodeError.invalid("item \(index): bad date \(SafeText.echo(text))") }
        return AnnotationRow.truncated(d)
    }
}
