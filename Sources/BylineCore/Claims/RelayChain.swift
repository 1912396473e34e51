/// A path up the source chain of one article: from a source through the outlets and people
/// that relayed it to the publisher ("sources familiar with the matter" → Yonhap → Reuters).
/// Claims across outlets say "via whom" with it; sourcing profiles list the longest.
public struct RelayChain: Sendable, Equatable, Codable {
    /// The names from the source itself up to the root, the root last.
    public var names: [String]
    /// True when the root is the article's publisher.
    public var endsAtPublisher: Bool

    public init(names: [String], endsAtPublisher: Bool) {
        self.names = names
        self.endsAtPublisher = endsAtPublisher
    }

    /// Intermediaries between the source and the publisher.
    public var relays: Int { max(0, names.count - 1 - (endsAtPublisher ? 1 : 0)) }

    /// The chain from source `id` up (nil when the analysis has no such source). A `via`
    /// that loops is cut where it meets a node already on the path.
    public static func from(_ id: String, in analysis: Analysis) -> RelayChain? {
        var byID: [String: Int] = [:]
        for (n, s) in analysis.sources.enumerated() where byID[s.id] == nil { byID[s.id] = n }
        return from(id, sources: analysis.sources, index: byID)
    }

    static func from(_ id: String, sources: [Source], index: [String: Int]) -> RelayChain? {
        guard var at = index[id] else { return nil }
        var names: [String] = []
        var visited: Set<Int> = []
        var last = at
        while visited.insert(at).inserted {
            names.append(sources[at].name)
            last = at
            guard let via = sources[at].via, let next = index[via] else { break }
            at = next
        }
        return RelayChain(names: names, endsAtPublisher: sources[last].kind == .publisher)
    }

    /// "Via whom" for a claim: the chain without the publisher, which the report names anyway.
    public var withoutPublisher: [String] { endsAtPublisher ? Array(names.dropLast()) : names }

    /// "A → B → C" for people.
    public var text: String { names.joined(separator: " → ") }
}
