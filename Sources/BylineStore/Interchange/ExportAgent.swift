/// A person or program named in an export (the W3C model's `creator` and `generator`, the
/// ClaimReview's `author`): from the user's configuration, or Byline itself.
public struct ExportAgent: Equatable, Sendable {
    public var name: String
    /// An IRI for the agent (a profile page, `mailto:`), when configured.
    public var id: String?
    /// `Person`, `Organization` or `Software`.
    public var type: String

    public init(name: String, id: String? = nil, type: String = "Person") {
        self.name = name
        self.id = id
        self.type = type
    }

    /// Byline as the generator of what it writes.
    public static func byline(version: String) -> ExportAgent {
        ExportAgent(name: "Byline " + version, type: "Software")
    }

    var json: JSONValue {
        var o: [String: JSONValue] = ["type": .string(type), "name": .string(name)]
        if let id { o["id"] = .string(id) }
        return .object(o)
    }
}
