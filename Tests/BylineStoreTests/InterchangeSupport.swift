import BylineCore
import BylineStore
import Foundation
import XCTest

/// Readers and writers with a fixed generator, and the W3C model's MUST checks.
enum Interchange {
    static let generator = ExportAgent.byline(version: "9.9.9")
    static let writer = WebAnnotationWriter(generator: generator)
    static let hypothesis = HypothesisFormat(client: generator)

    static func read(_ json: String) throws -> ImportBatch {
        try AnnotationFile.read(Data(json.utf8), writer: writer, hypothesis: hypothesis)
    }

    static func object(_ text: String) throws -> JSONValue {
        try XCTUnwrap(JSONValue.parse(Data(text.utf8)))
    }
}

/// The MUST assertions of the W3C Web Annotation Data Model for what Byline writes, checked one
/// by one: written from the specification's text, not taken from its test suite.
enum WebAnnotationMust {
    static let context = "http://www.w3.org/ns/anno.jsonld"
    static let motivations: Set<String> = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
                                           "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"]

    /// Every broken MUST of an annotation (empty when it conforms).
    static func annotation(_ v: JSONValue, embedded: Bool = false) -> [String] {
        guard let o = v.object else { return ["an annotation is a JSON object"] }
        var out: [String] = []
        if !embedded || o["@context"] != nil {
            let contexts = o["@context"]?.many.compactMap(\.string) ?? []
            if !contexts.contains(context) { out.append("@context must be or include \(context)") }
        }
        if !isIRI(o["id"]) { out.append("id must be one IRI") }
        if !(o["type"]?.many.contains { $0.string == "Annotation" } ?? false) { out.append("type must include Annotation") }
        if o["body"] != nil && o["bodyValue"] != nil { out.append("body and bodyValue must not both be present") }
        if let bv = o["bodyValue"], bv.string == nil { out.append("bodyValue must be a string") }
        for m in o["motivation"]?.many ?? [] where !motivations.contains(m.string ?? "") { out.append("motivation \(m) is not one of the model's") }
        for key in ["created", "modified", "generated"] {
            if let d = o[key], !isDateTime(d.string) { out.append("\(key) must be an xsd:dateTime with a timezone") }
        }
        for key in ["creator", "generator"] {
            for agent in o[key]?.many ?? [] where !(isIRI(agent) || agent.object != nil) { out.append("\(key) must be an IRI or an object") }
        }
        for body in o["body"]?.many ?? [] { out += self.body(body) }
        let targets = o["target"]?.many ?? []
        if targets.isEmpty { out.append("an annotation must have at least one target") }
        for t in targets { out += target(t) }
        return out
    }

    private static func body(_ b: JSONValue) -> [String] {
        if b.string != nil { return isIRI(b) ? [] : ["a body given as a string must be an IRI"] }
        guard let o = b.object else { return ["a body is an IRI or an object"] }
        var out: [String] = []
        if o["type"]?.string == "TextualBody" && o["value"]?.string == nil { out.append("a TextualBody must have a string value") }
        for p in o["purpose"]?.many ?? [] where !motivations.contains(p.string ?? "") { out.append("purpose \(p) is not a motivation") }
        if let f = o["format"], f.string == nil { out.append("format must be a string") }
        return out
    }

    private static func target(_ t: JSONValue) -> [String] {
        if t.string != nil { return isIRI(t) ? [] : ["a target given as a string must be an IRI"] }
        guard let o = t.object else { return ["a target is an IRI or an object"] }
        if o["source"] == nil { return isIRI(o["id"]) ? [] : ["an external target must have an IRI id"] }
        var out: [String] = []
        let source = o["source"]?.string ?? o["source"]?["id"]?.string
        if !isIRI(source.map { .string($0) }) { out.append("a SpecificResource's source must be one IRI") }
        for s in o["selector"]?.many ?? [] { out += selector(s) }
        return out
    }

    private static func selector(_ s: JSONValue) -> [String] {
        guard let o = s.object, let type = o["type"]?.string else { return ["a selector must have a type"] }
        var out: [String] = []
        switch type {
        case "TextQuoteSelector":
            if o["exact"]?.string == nil { out.append("TextQuoteSelector must have exactly one exact string") }
            for key in ["prefix", "suffix"] where o[key] != nil && o[key]?.string == nil { out.append("\(key) must be a string") }
        case "TextPositionSelector":
            guard let s = o["start"]?.int, let e = o["end"]?.int else { return ["TextPositionSelector must have integer start and end"] }
            if s < 0 || e < 0 { out.append("positions must be non-negative") }
            if e < s { out.append("end must not come before start") }
        default: break
        }
        if let r = o["refinedBy"] { for x in r.many { out += selector(x) } }
        return out
    }

    /// An AnnotationCollection with its first page included.
    static func collection(_ v: JSONValue) -> [String] {
        guard let o = v.object else { return ["a collection is an object"] }
        var out: [String] = []
        if !(o["@context"]?.many.contains { $0.string == context } ?? false) { out.append("@context must include \(context)") }
        if !isIRI(o["id"]) { out.append("a collection must have an IRI id") }
        if !(o["type"]?.many.contains { $0.string == "AnnotationCollection" } ?? false) { out.append("type must include AnnotationCollection") }
        if let total = o["total"], (total.int ?? -1) < 0 { out.append("total must be a non-negative integer") }
        guard let first = o["first"] else { return out + (o["total"]?.int == 0 ? [] : ["a non-empty collection must have first"]) }
        guard let page = first.object else { return out + (isIRI(first) ? [] : ["first must be an IRI or a page"]) }
        if !isIRI(page["id"]) { out.append("a page must have an IRI id") }
        if page["type"]?.string != "AnnotationPage" { out.append("first must be an AnnotationPage") }
        guard let items = page["items"]?.array else { return out + ["a page must have items"] }
        if let start = page["startIndex"], (start.int ?? -1) < 0 { out.append("startIndex must be a non-negative integer") }
        if let partOf = page["partOf"], !(isIRI(partOf) || partOf.object != nil) { out.append("partOf must name the collection") }
        for item in items { out += annotation(item, embedded: true) }
        return out
    }

    static func isIRI(_ v: JSONValue?) -> Bool {
        guard let s = v?.string, let colon = s.firstIndex(of: ":"), colon > s.startIndex else { return false }
        let scheme = s[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
            && !s.contains(" ")
    }

    static func isDateTime(_ s: String?) -> Bool {
        guard let s else { return false }
        return Timestamp.parse(s) != nil
    }
}
