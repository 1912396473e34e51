/// Who a quote rests on, in the terms a reader weighs sourcing by: a named person, an
/// official (a person introduced by a title, or a government body), an anonymous source
/// (including unnamed people such as "a resident" or "a spokesperson"), a document, another
/// outlet, an organisation, or nobody the analysis could tell.
public enum SourceCategory: String, Sendable, CaseIterable, Codable {
    case named, official, anonymous, document, outlet, organization, unknown

    /// The category of `quote`, from its source node's kind (see the contract's source kinds),
    /// the node's entity (a title before the name makes an official) and its speaker.
    public static func of(_ quote: Quote, source: Source?, entities: [String: Entity]) -> SourceCategory {
        guard let source else { return quote.speaker?.name == nil ? .unknown : .named }
        switch source.kind {
        case .anonymous: return .anonymous
        case .document: return .document
        case .outlet, .publisher: return .outlet
        case .government: return .official
        case .organization: return .organization
        case .unknown: return .unknown
        case .person:
            let entity = (source.entity ?? quote.speaker?.entity).flatMap { entities[$0] }
            if entity?.title != nil || startsWithTitle(source.name) { return .official }
            if entity != nil || quote.speaker?.name != nil && quote.speaker?.entity != nil { return .named }
            return .anonymous
        }
    }

    /// "Foreign Minister Wang Yi", "spokesperson Lin Jian": a title word opens the name.
    static func startsWithTitle(_ name: String) -> Bool {
        var first: [UInt8] = []
        for c in name.unicodeScalars {
            if ClaimWordReader.isLetter(c) {
                ClaimWordReader.appendLowered(c, to: &first)
            } else if !first.isEmpty {
                break
            }
        }
        return titles.contains(first)
    }

    private static let titles: Set<[UInt8]> = Set("""
        president minister prime foreign defence defense secretary spokesperson spokesman spokeswoman ambassador governor \
        mayor senator general chancellor premier director commissioner lawmaker representative deputy envoy prosecutor \
        judge colonel admiral king queen chief official sheriff councillor councilor mp
        """.split(separator: " ").map { Array($0.utf8) })
}
