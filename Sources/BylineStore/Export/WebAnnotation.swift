/// The W3C Web Annotation Data Model (JSON-LD, http://www.w3.org/ns/anno.jsonld) as far as
/// byline writes and reads it: textual bodies with a purpose, a target with a quote and a
/// position selector. Decoding accepts the model's "one or many" shorthand for bodies and
/// selectors, so annotations written by other tools come in too.
struct WebAnnotation: Codable, Equatable {
    static let context = "http://www.w3.org/ns/anno.jsonld"

    var context: String
    var id: String
    var type: String
    var created: String?
    var modified: String?
    var body: [WebAnnotationBody]
    var target: WebAnnotationTarget

    enum CodingKeys: String, CodingKey {
        case context = "@context", id, type, created, modified, body, target
    }

    init(id: String, created: String?, modified: String?, body: [WebAnnotationBody], target: WebAnnotationTarget) {
        self.context = Self.context
        self.id = id
        self.type = "Annotation"
        self.created = created
        self.modified = modified
        self.body = body
        self.target = target
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let one = try? c.decode(String.self, forKey: .context) {
            context = one
        } else {
            context = try c.decodeIfPresent([String].self, forKey: .context)?.first ?? Self.context
        }
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(String.self, forKey: .type)
        created = try c.decodeIfPresent(String.self, forKey: .created)
        modified = try c.decodeIfPresent(String.self, forKey: .modified)
        body = try c.decodeOneOrMany(WebAnnotationBody.self, forKey: .body)
        target = try c.decode(WebAnnotationTarget.self, forKey: .target)
    }
}

struct WebAnnotationBody: Codable, Equatable {
    var type: String
    var purpose: String?
    var value: String
    var format: String?

    init(purpose: String, value: String, format: String? = nil) {
        self.type = "TextualBody"
        self.purpose = purpose
        self.value = value
        self.format = format
    }
}

struct WebAnnotationTarget: Codable, Equatable {
    var source: String
    var selector: [WebSelector]

    init(source: String, selector: [WebSelector]) {
        self.source = source
        self.selector = selector
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        selector = try c.decodeOneOrMany(WebSelector.self, forKey: .selector)
    }
}

/// TextQuoteSelector (exact, prefix, suffix) or TextPositionSelector (start, end); other
/// selector types are read and ignored.
struct WebSelector: Codable, Equatable {
    var type: String
    var exact: String?
    var prefix: String?
    var suffix: String?
    var start: Int?
    var end: Int?

    static func quote(_ a: TextAnchor) -> WebSelector {
        WebSelector(type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix)
    }

    static func position(_ a: TextAnchor) -> WebSelector {
        WebSelector(type: "TextPositionSelector", start: a.start, end: a.end)
    }
}

extension KeyedDecodingContainer {
    func decodeOneOrMany<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> [T] {
        if !contains(key) { return [] }
        if let many = try? decode([T].self, forKey: key) { return many }
        // An array with a bad element: decode it again so the error names that element.
        if (try? nestedUnkeyedContainer(forKey: key)) != nil { return try decode([T].self, forKey: key) }
        return [try decode(T.self, forKey: key)]
    }
}
