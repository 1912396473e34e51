/// How an article, or an outlet over its articles, sources what it reports: how many quotes
/// rest on named people, officials, anonymous sources, documents, other outlets and
/// organisations, and its longest relay chains. Pure: built from analyses alone.
public struct SourcingProfile: Sendable, Equatable {
    /// Relay chains kept, longest first.
    public static let chainsKept = 3

    public var articles: Int
    public var quotes: Int
    public var counts: [SourceCategory: Int]
    /// The longest chains with at least one relay between source and publisher.
    public var longestChains: [RelayChain]

    public init(articles: Int = 0, quotes: Int = 0, counts: [SourceCategory: Int] = [:], longestChains: [RelayChain] = []) {
        self.articles = articles
        self.quotes = quotes
        self.counts = counts
        self.longestChains = longestChains
    }

    /// The profile of one article.
    public init(_ analysis: Analysis) {
        var index: [String: Int] = [:]
        for (n, s) in analysis.sources.enumerated() where index[s.id] == nil { index[s.id] = n }
        let entities = Dictionary(analysis.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var counts: [SourceCategory: Int] = [:]
        for quote in analysis.quotes {
            let source = quote.source.flatMap { index[$0] }.map { analysis.sources[$0] }
            counts[SourceCategory.of(quote, source: source, entities: entities), default: 0] += 1
        }
        var chains: [RelayChain] = []
        for source in analysis.sources {
            guard let chain = RelayChain.from(source.id, sources: analysis.sources, index: index), chain.relays > 0 else { continue }
            chains.append(chain)
        }
        self.init(articles: 1, quotes: analysis.quotes.count, counts: counts, longestChains: Self.longest(chains))
    }

    /// The share of quotes in `category`, 0 when there are no quotes.
    public func share(_ category: SourceCategory) -> Double {
        quotes == 0 ? 0 : Double(counts[category] ?? 0) / Double(quotes)
    }

    /// Adds another article's (or outlet's) profile to this one.
    public mutating func add(_ other: SourcingProfile) {
        articles += other.articles
        quotes += other.quotes
        for (c, n) in other.counts { counts[c, default: 0] += n }
        longestChains = Self.longest(longestChains + other.longestChains)
    }

    /// Longest first; among equals, the first met; the same chain once.
    static func longest(_ chains: [RelayChain]) -> [RelayChain] {
        var seen: Set<[String]> = []
        let unique = chains.enumerated().filter { seen.insert($0.element.names).inserted }
        return unique.sorted { a, b in
            a.element.names.count != b.element.names.count ? a.element.names.count > b.element.names.count : a.offset < b.offset
        }.prefix(chainsKept).map(\.element)
    }
}
