import BylineCore
import Foundation

/// Reads W3C Web Annotations as the model allows them: any IRI as `id` (a local id is minted
/// from a foreign one, the same each time; from a relative one together with its target's
/// source), `type` and `@context` as arrays, `target` as an array or a string, `source` as a
/// string or an object with `id`, `bodyValue`, several bodies of one purpose, no `created`
/// (the store dates such an item at its import). Bodies become the verdict (`assessing`), tags
/// (`tagging`) and the note (every other textual body); the first target with a
/// TextQuoteSelector or a TextPositionSelector (top level, or in `refinedBy` of a text
/// selector; one refining a fragment counts from it and is dropped) is the anchor. An item Byline cannot
/// anchor is skipped with the rule it breaks; everything else of an item is kept (its original
/// object, when Byline's rendering would differ), and what Byline does not show is noted.
public struct WebAnnotationReader: Sendable {
    /// Renders items Byline's way, to tell which ones need their original kept.
    public var writer: WebAnnotationWriter

    public init(writer: WebAnnotationWriter) {
        self.writer = writer
    }

    /// The annotations of one item of a file (counted from 1): an annotation, or a skip.
    func read(_ value: JSONValue, item: Int) -> Result<ImportItem, ImportIssue> {
        guard case .object(let o) = value else { return .failure(ImportIssue(item: item, message: "not a JSON object")) }
        guard Self.isAnnotation(o) else {
            let type = o["type"].map { $0.many.compactMap(\.string).joined(separator: ", ") } ?? "missing"
            return .failure(ImportIssue(item: item, message: "type is \(type.isEmpty ? "not a string" : type), not Annotation"))
        }
        var notes: [String] = []
        let idText: String?
        switch o["id"] {
        case .string(let text)?:
            guard !text.isEmpty else { return .failure(ImportIssue(item: item, message: "id: empty (an IRI is needed, or no id at all)")) }
            idText = text
        case nil:
            idText = nil
        default:
            return .failure(ImportIssue(item: item, message: "id: expected an IRI (a string)"))
        }
        let content = Self.content(of: o)
        if let problem = content.problem { return .failure(ImportIssue(item: item, message: problem)) }
        guard let anchor = content.anchor, let sourceText = content.source else {
            return .failure(ImportIssue(item: item, message: content.unanchorable ?? "no target"))
        }
        let id: UUID
        if let idText {
            id = LocalID.of(foreignID: idText, source: sourceText)
        } else {
            id = LocalID.minted(from: "item:" + value.compact)
            notes.append("no id: a local one was minted")
        }
        notes += content.notes
        let dates = Self.dates(created: o["created"], modified: o["modified"], notes: &notes)
        let source = DocumentSource.parse(sourceText)
        var documentID = sourceText, name = source.name
        if case .document(let hash) = source {
            documentID = hash
            name = content.bylinePath.map { DocumentSource.parse($0).name ?? $0 }
        }
        var a = Annotation(id: id, documentID: documentID, verdict: content.verdict, note: content.note,
                           tags: content.tags, created: AnnotationRow.truncated(dates.created ?? Self.undated),
                           modified: AnnotationRow.truncated(dates.modified ?? dates.created ?? Self.undated), anchor: anchor, source: name)
        if writer.native(a, document: nil) != value && !Self.saysNoMoreThanByline(o) { a.original = value.compact }
        return .success(ImportItem(item: item, annotation: a, notes: notes, undated: dates.created == nil))
    }

    /// The placeholder date of an item without a usable `created`; the store replaces it with
    /// the import's time (`ImportItem.undated`).
    static let undated = Date(timeIntervalSince1970: 0)

    /// `created` and `modified` (Hypothesis: `updated`) as dates; a value that is not one is
    /// noted and read as missing.
    static func dates(created: JSONValue?, modified: JSONValue?, modifiedKey: String = "modified",
                      notes: inout [String]) -> (created: Date?, modified: Date?) {
        func date(_ value: JSONValue?, _ key: String) -> Date? {
            guard let value else { return nil }
            if let text = value.string, let d = Timestamp.parse(text) { return d }
            notes.append("\(key) \(SafeText.echo(value.string ?? value.compact)) is not a date: ignored")
            return nil
        }
        return (date(created, "created"), date(modified, modifiedKey))
    }

    /// True for an object Byline (of this or an earlier version) could have written: a
    /// `urn:uuid` id, Byline's generator or none, textual bodies with Byline's purposes, one
    /// target with Byline's selectors, and no member besides. Its original need not be kept:
    /// Byline's own rendering says all it said.
    static func saysNoMoreThanByline(_ o: [String: JSONValue]) -> Bool {
        func only(_ v: JSONValue?, _ keys: Set<String>) -> Bool { v?.object.map { Set($0.keys).isSubset(of: keys) } ?? false }
        guard Set(o.keys).isSubset(of: ["@context", "id", "type", "motivation", "created", "modified", "generator", "body", "target"]),
              o["@context"]?.string == WebAnnotationWriter.context, o["type"]?.string == "Annotation",
              o["id"]?.string?.hasPrefix("urn:uuid:") ?? false, o["created"] != nil else { return false }
        if let g = o["generator"], !(g["name"]?.string?.hasPrefix("Byline ") ?? false) { return false }
        let purposes: Set<String> = ["assessing", "commenting", "tagging"]
        for body in o["body"]?.many ?? [] {
            guard only(body, ["type", "purpose", "value", "format"]), body["type"]?.string == "TextualBody",
                  purposes.contains(body["purpose"]?.string ?? "") else { return false }
        }
        guard let target = o["target"], only(target, ["source", "selector", "bylinePath"]), target["source"]?.string != nil else { return false }
        return (target["selector"]?.many ?? []).allSatisfy {
            ($0["type"]?.string == "TextQuoteSelector" && only($0, ["type", "exact", "prefix", "suffix"]))
                || ($0["type"]?.string == "TextPositionSelector" && only($0, ["type", "start", "end"]))
        }
    }

    static func isAnnotation(_ o: [String: JSONValue]) -> Bool {
        o["type"]?.many.contains { $0.string == "Annotation" || $0.string == "oa:Annotation" } ?? false
    }

    /// What Byline reads of an annotation object, and what it leaves aside.
    struct Content {
        var verdict: Verdict?
        var note = ""
        var tags: [String] = []
        /// Bodies Byline does not show (external resources, choices…), kept for export.
        var unshownBodies: [JSONValue] = []
        var anchor: TextAnchor?
        var source: String?
        var bylinePath: String?
        /// Index of the target the anchor comes from.
        var anchoredTarget: Int?
        /// Why no anchor was found.
        var unanchorable: String?
        /// A malformed member that refuses the item.
        var problem: String?
        var notes: [String] = []
    }

    static func content(of o: [String: JSONValue]) -> Content {
        var c = Content()
        readBodies(o, into: &c)
        readTargets(o["target"]?.many ?? [], into: &c)
        return c
    }

    private static func readBodies(_ o: [String: JSONValue], into c: inout Content) {
        let motivations = o["motivation"]?.many.compactMap(\.string) ?? []
        let implied = motivations.count == 1 ? motivations[0] : nil
        var notes: [String] = []
        var bodies = o["body"]?.many ?? []
        if let value = o["bodyValue"] {
            guard let text = value.string else { c.problem = "bodyValue: expected a string"; return }
            bodies.insert(.object(["type": .string("TextualBody"), "value": .string(text)]), at: 0)
        }
        for (i, body) in bodies.enumerated() {
            guard case .object(let b) = body, b["value"] != nil || b["type"]?.string == "TextualBody" else {
                c.unshownBodies.append(body)
                c.notes.append("body \(i + 1) is not textual (\(describe(body))): kept for export, not shown")
                continue
            }
            guard let value = b["value"]?.string else { c.problem = "body[\(i)].value: expected a string"; return }
            switch b["purpose"]?.many.first?.string ?? implied {
            case "assessing":
                if let v = Verdict(word: value), c.verdict == nil {
                    c.verdict = v
                } else {
                    notes.append(value)
                    c.notes.append("assessing body \(SafeText.line(value, limit: 40)) \(c.verdict == nil ? "is not a Byline verdict" : "is a second verdict"): shown in the note")
                }
            case "tagging": c.tags.append(value)
            default: notes.append(value)
            }
        }
        c.note = notes.joined(separator: "\n\n")
        c.tags = Annotation.normalizedTags(c.tags)
    }

    static func readTargets(_ targets: [JSONValue], into c: inout Content) {
        guard !targets.isEmpty else { c.unanchorable = "no target"; return }
        var seen: [String] = []
        for (i, target) in targets.enumerated() {
            guard case .object(let t) = target else {
                seen.append("an IRI without a selector")
                continue
            }
            let selectors = t["selector"]?.many ?? []
            var quote: [String: JSONValue]?, position: [String: JSONValue]?, relative: String?
            collectTextSelectors(selectors, quote: &quote, position: &position, relative: &relative)
            if let relative {
                let message = "a TextPositionSelector refining a \(SafeText.line(relative, limit: 40)) counts from that part, not from the document's start"
                if quote == nil && position == nil {
                    seen.append(message + ", and there is no TextQuoteSelector")
                    continue
                }
                if c.anchor == nil { c.notes.append(message + ": dropped") }
            }
            guard quote != nil || position != nil else {
                let types = selectors.compactMap { $0["type"]?.string }
                let image = t["type"]?.string == "Image" || (t["format"]?.string ?? "").hasPrefix("image/") || types.contains("SvgSelector")
                seen.append(image ? "an image target" : types.isEmpty ? "a resource without a selector" : types.joined(separator: ", "))
                continue
            }
            if c.anchor != nil {
                c.notes.append("target \(i + 1) is not the anchored one: kept for export, not shown")
                continue
            }
            let source: String?
            switch t["source"] {
            case .string(let s)?: source = s
            case .object(let s)?: source = s["id"]?.string
            default: source = nil
            }
            guard let source else { c.problem = "target[\(i)].source: missing (a string or an object with an id)"; return }
            var exact = "", prefix = "", suffix = ""
            if let q = quote {
                guard let e = q["exact"]?.string else { c.problem = "TextQuoteSelector.exact: missing or not a string"; return }
                exact = e
                for (key, slot) in [("prefix", 0), ("suffix", 1)] {
                    guard let v = q[key] else { continue }
                    guard let s = v.string else { c.problem = "TextQuoteSelector.\(key): expected a string"; return }
                    if slot == 0 { prefix = s } else { suffix = s }
                }
            }
            var anchor = TextAnchor.unplaced(exact: exact, prefix: prefix, suffix: suffix)
            if let p = position {
                if let s = p["start"]?.int, let e = p["end"]?.int, let start = Int(exactly: s), let end = Int(exactly: e) {
                    anchor.start = start
                    anchor.end = end
                } else {
                    c.notes.append("TextPositionSelector without integer start and end: dropped")
                }
            }
            c.anchor = anchor
            c.source = source
            c.bylinePath = t["bylinePath"]?.string
            c.anchoredTarget = i
        }
        if c.anchor == nil {
            c.unanchorable = "no text selector to anchor by (target: \(seen.joined(separator: "; "))); Byline anchors TextQuoteSelector and TextPositionSelector"
        }
    }

    /// The first quote and position selectors among `selectors` and their `refinedBy` chains.
    /// A position refining anything but a text selector (a Fragment, CSS or XPath selector)
    /// counts from that part of the document, not from its start: it is left out, named in
    /// `relative`, and the quote anchors alone.
    private static func collectTextSelectors(_ selectors: [JSONValue], refining parent: String? = nil, quote: inout [String: JSONValue]?,
                                             position: inout [String: JSONValue]?, relative: inout String?) {
        for case .object(let s) in selectors {
            let type = s["type"]?.string
            switch type {
            case "TextQuoteSelector": if quote == nil { quote = s }
            case "TextPositionSelector":
                if let parent, !textSelectors.contains(parent) {
                    if relative == nil { relative = parent }
                } else if position == nil {
                    position = s
                }
            default: break
            }
            if let refined = s["refinedBy"] {
                collectTextSelectors(refined.many, refining: type ?? "a selector without a type", quote: &quote, position: &position, relative: &relative)
            }
        }
    }

    private static let textSelectors: Set<String> = ["TextQuoteSelector", "TextPositionSelector"]

    private static func describe(_ body: JSONValue) -> String {
        if let s = body.string { return SafeText.line(s, limit: 60) }
        return body["type"]?.string.map { SafeText.line($0, limit: 40) } ?? "an object"
    }
}
