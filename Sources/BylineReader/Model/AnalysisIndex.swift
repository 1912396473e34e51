import BylineCore

/// Everything the panes and jumps need from one `Analysis`, computed once when the analysis
/// arrives: spans indexed by position for drawing, quotes in reading order with their speaker,
/// each speaker's tint, and the rows of the side panes.
public struct AnalysisIndex: Sendable {
    public let analysis: Analysis
    /// Quote indices (into `analysis.quotes`) in reading order.
    public let quoteOrder: [Int]
    /// For each quote index, the speaker key (entity id, else lowercased name), nil when unknown.
    public let speakerKeys: [String?]
    /// Speakers in order of first quote: key and display name.
    public let speakers: [(key: String, name: String)]
    let tints: [String: StyleRole]
    let entityRuns: SpanIndex<StyleRole>
    let quoteRuns: SpanIndex<Int>
    let speakerRuns: SpanIndex<Int>
    let cueRuns: SpanIndex<Int>
    let claimRuns: SpanIndex<Int>
    public let entityRows: [PaneRow]
    public let quoteRows: [PaneRow]
    public let quoteRowsBySpeaker: [PaneRow]
    public let sourceRows: [PaneRow]
    public let claimRows: [PaneRow]
    /// Row of each quote in `quoteRows` and in `quoteRowsBySpeaker`, for following the body.
    let quoteRowInOrder: [Int]
    let quoteRowBySpeaker: [Int]
    /// Selectable rows per side pane (the counts in titles and tabs).
    public let counts: [Pane: Int]

    public init(_ analysis: Analysis) {
        self.analysis = analysis
        let quotes = analysis.quotes
        let order = quotes.indices.sorted { (quotes[$0].content.start, $0) < (quotes[$1].content.start, $1) }
        quoteOrder = order
        let keys = quotes.map(AnalysisIndex.speakerKey)
        speakerKeys = keys
        var speakers: [(key: String, name: String)] = []
        var tints: [String: StyleRole] = [:]
        for q in order {
            guard let key = keys[q], tints[key] == nil else { continue }
            tints[key] = StyleRole.speakerTints[speakers.count % StyleRole.speakerTints.count]
            speakers.append((key, AnalysisIndex.speakerName(quotes[q])))
        }
        self.speakers = speakers
        self.tints = tints
        entityRuns = SpanIndex(analysis.entities.flatMap { e in
            e.mentions.map { ($0.range, AnalysisIndex.role(for: e.type)) }
        })
        quoteRuns = SpanIndex(quotes.indices.map { (quotes[$0].content.range, $0) })
        speakerRuns = SpanIndex(quotes.indices.compactMap { i in quotes[i].speaker?.mention.map { ($0.range, i) } })
        cueRuns = SpanIndex(quotes.indices.compactMap { i in quotes[i].cue.map { ($0.range, i) } })
        claimRuns = SpanIndex(analysis.claims.indices.map { (analysis.claims[$0].span.range, $0) })
        entityRows = AnalysisIndex.entityRows(analysis.entities)
        quoteRows = order.map { .quote($0) }
        var bySpeaker: [PaneRow] = []
        for s in speakers {
            let mine = order.filter { keys[$0] == s.key }
            bySpeaker.append(.header("\(s.name) (\(mine.count))"))
            bySpeaker.append(contentsOf: mine.map { .quote($0) })
        }
        let unknown = order.filter { keys[$0] == nil }
        if !unknown.isEmpty {
            bySpeaker.append(.header("unattributed (\(unknown.count))"))
            bySpeaker.append(contentsOf: unknown.map { .quote($0) })
        }
        quoteRowsBySpeaker = bySpeaker
        var inOrder = [Int](repeating: 0, count: quotes.count)
        for (row, q) in order.enumerated() { inOrder[q] = row }
        quoteRowInOrder = inOrder
        var grouped = [Int](repeating: 0, count: quotes.count)
        for (row, r) in bySpeaker.enumerated() { if case .quote(let q) = r { grouped[q] = row } }
        quoteRowBySpeaker = grouped
        sourceRows = SourceTree.rows(analysis.sources)
        claimRows = analysis.claims.indices
            .sorted { (analysis.claims[$0].span.start, $0) < (analysis.claims[$1].span.start, $1) }
            .map { .claim($0) }
        counts = [.entities: analysis.entities.count, .quotes: quotes.count,
                  .sources: analysis.sources.count, .claims: analysis.claims.count]
    }

    /// The rows of a side pane; quotes depend on whether they are grouped by speaker.
    public func rows(_ pane: Pane, groupedBySpeaker: Bool) -> [PaneRow] {
        switch pane {
        case .body: return []
        case .entities: return entityRows
        case .quotes: return groupedBySpeaker ? quoteRowsBySpeaker : quoteRows
        case .sources: return sourceRows
        case .claims: return claimRows
        }
    }

    /// The row showing quote `q` in the quotes pane.
    public func row(ofQuote q: Int, groupedBySpeaker: Bool) -> Int {
        groupedBySpeaker ? quoteRowBySpeaker[q] : quoteRowInOrder[q]
    }

    /// The first quote, in reading order, that ends after `offset`: the quote at a position.
    public func firstQuote(endingAfter offset: Int) -> Int? {
        let quotes = analysis.quotes
        var lo = 0, hi = quoteOrder.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotes[quoteOrder[mid]].content.start < offset { lo = mid + 1 } else { hi = mid }
        }
        var pos = lo
        while pos > 0 && quotes[quoteOrder[pos - 1]].content.end > offset { pos -= 1 }
        return pos < quoteOrder.count ? quoteOrder[pos] : nil
    }

    /// Position of quote `q` in reading order.
    public func readingPosition(ofQuote q: Int) -> Int { quoteRowInOrder[q] }

    /// The tint of a speaker's quotes; quotes with no known speaker are plain `quote`.
    public func tint(ofQuote q: Int) -> StyleRole {
        speakerKeys[q].flatMap { tints[$0] } ?? .quote
    }

    public func speakerName(ofQuote q: Int) -> String {
        AnalysisIndex.speakerName(analysis.quotes[q])
    }

    static func speakerKey(_ q: Quote) -> String? {
        if let e = q.speaker?.entity, !e.isEmpty { return e }
        if let n = q.speaker?.name, !n.isEmpty { return n.lowercased() }
        if let m = q.speaker?.mention?.text, !m.isEmpty { return m.lowercased() }
        return nil
    }

    static func speakerName(_ q: Quote) -> String {
        if let n = q.speaker?.name, !n.isEmpty { return n }
        if let m = q.speaker?.mention?.text, !m.isEmpty { return m }
        return "unattributed"
    }

    /// The style role of an entity type.
    public static func role(for type: EntityType) -> StyleRole {
        switch type {
        case .person: return .entityPerson
        case .org: return .entityOrg
        case .gpe, .loc: return .entityPlace
        case .norp: return .entityGroup
        case .event, .misc: return .entityOther
        case .date, .time, .money, .percent, .quantity, .cardinal: return .entityValue
        }
    }

    static func entityRows(_ entities: [Entity]) -> [PaneRow] {
        var rows: [PaneRow] = []
        for type in EntityType.allCases {
            let group = entities.indices.filter { entities[$0].type == type }
            guard !group.isEmpty else { continue }
            rows.append(.header("\(type.rawValue) (\(group.count))"))
            let sorted = group.sorted {
                let a = entities[$0], b = entities[$1]
                return (b.mentions.count, a.name, $0) < (a.mentions.count, b.name, $1)
            }
            rows.append(contentsOf: sorted.map { .entity($0) })
        }
        return rows
    }
}
