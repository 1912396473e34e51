/// Builds the source chain: the publisher (from the article's metadata) at the root,
/// the outlets that relayed the story ("reports via Russian media", "told Reuters",
/// "citing", "as reported by") below it, and the original sources, named or anonymous,
/// people or documents, at the leaves. Each attribution gets the node of its speaker.
struct SourceChainBuilder {
    let view: TokenView
    let publisher: String?

    /// How many paragraphs an outlet's report carries over to the anonymous sources after it.
    static let outletReach = 3

    private final class Node {
        var source: Source
        var order: Int
        init(_ source: Source, order: Int) { self.source = source; self.order = order }
    }

    /// The sources, and for each attribution the id of its node (nil without a speaker).
    func build(_ attributions: [QuoteAssembler.Attribution]) -> (sources: [Source], nodeOf: [String?]) {
        var nodes: [Node] = []
        var byKey: [String: Int] = [:]
        func node(_ name: String, _ kind: Source.Kind, entity: String?, via: Int?, rule: LinkRule) -> Int {
            makeNode(name, kind, entity, via, rule)
        }
        func makeNode(_ name: String, _ kind: Source.Kind, _ entity: String?, _ via: Int?, _ rule: LinkRule) -> Int {
            let key = SourceName.key(name)
            if let i = byKey[key] {
                if nodes[i].source.via == nil, let via, via != i, !isAncestor(i, of: via) {
                    nodes[i].source.via = nodes[via].source.id
                    nodes[i].source.explanation = Explanation(link: rule.rawValue)
                }
                if nodes[i].source.entity == nil { nodes[i].source.entity = entity }
                return i
            }
            let i = nodes.count
            var source = Source(id: "", name: name, kind: kind, entity: entity, via: via.map { nodes[$0].source.id })
            source.explanation = Explanation(link: rule.rawValue)
            nodes.append(Node(source, order: i))
            nodes[i].source.id = "S\(i + 1)"
            byKey[key] = i
            return i
        }
        func isAncestor(_ a: Int, of b: Int) -> Bool {
            var cur: Int? = b
            var steps = 0
            while let c = cur, steps < 64 {
                if c == a { return true }
                cur = nodes[c].source.via.flatMap { id in Int(id.dropFirst()).map { $0 - 1 } }
                steps += 1
            }
            return false
        }
        var root: Int? = nil
        if let publisher { root = node(publisher, .publisher, entity: nil, via: nil, rule: .publisher) }
        var defaultParent = root
        // Relays the publisher names for the whole article: "Caliber.Az reports via Russian media".
        for a in attributions where a.relayOnly {
            guard let f = a.frame, let relay = f.relay, let sp = a.speaker, isPublisher(sp.name) else { continue }
            let r = node(text(relay), .outlet, entity: nil, via: root, rule: .publisherRelay)
            if defaultParent == root { defaultParent = r }
        }
        var nodeOf: [String?] = Array(repeating: nil, count: attributions.count)
        var lastOutlet: (node: Int, paragraph: Int)? = nil
        var lastPoll: (node: Int, paragraph: Int)? = nil
        var recentOutlets: [Int] = []
        for (i, a) in attributions.enumerated() {
            guard let sp = a.speaker, let name = sp.nodeName else { continue }
            if a.relayOnly && isPublisher(name) { continue }
            let paragraph = view.doc.sentences[a.sentence].paragraph
            var via = defaultParent
            var rule = LinkRule.article
            if a.relayOnly, let cited = citedBy(a, in: attributions, at: i), let cs = cited.speaker?.nodeName, !isPublisher(cs) {
                // "X reported …, citing Y": Y's node hangs under X.
                via = node(cs, cited.speaker!.kind, entity: cited.speaker!.entity, via: defaultParent, rule: rule)
                rule = .citedBy
            } else if let container = containing(a, in: attributions, at: i), let cname = container.speaker?.nodeName,
               !isPublisher(cname) {
                via = node(cname, container.speaker!.kind, entity: container.speaker!.entity, via: defaultParent, rule: rule)
                rule = .containingAttribution
            } else if let relay = a.frame?.relay {
                (via, rule) = relayNode(relay, under: defaultParent, parentRule: rule, makeNode)
            } else if let outlet = sp.relay {
                via = node(outlet, .outlet, entity: nil, via: defaultParent, rule: rule)
                rule = .speakerOutlet
            } else if sp.kind == .anonymous, isRespondents(name), let p = lastPoll, paragraph - p.paragraph <= Self.outletReach {
                // "74 percent of likely voters" answered the poll named just before.
                via = p.node
                rule = .pollRespondents
            } else if sp.kind == .document, let o = recentOutlets.last(where: { Self.names(name, outlet: nodes[$0].source.name) }) {
                // "A Bloomberg poll": the outlet that ran it.
                via = o
                rule = .documentOutlet
            } else if sp.kind == .anonymous || sp.kind == .document, let o = lastOutlet,
                      paragraph - o.paragraph <= Self.outletReach, SourceName.key(nodes[o.node].source.name) != SourceName.key(name) {
                via = o.node
                rule = .outletReach
            }
            let n = node(name, sp.kind, entity: sp.entity, via: via, rule: rule)
            if sp.kind == .outlet {
                lastOutlet = (n, paragraph)
                if recentOutlets.last != n { recentOutlets.append(n) }
                if recentOutlets.count > Self.outletMemory { recentOutlets.removeFirst() }
            }
            if sp.kind == .document, isPoll(name) { lastPoll = (n, paragraph) }
            nodes[n].source.mentions.append(view.doc.text.span(sp.mention))
            if !a.relayOnly { nodeOf[i] = nodes[n].source.id }
        }
        return (nodes.map(\.source), nodeOf)
    }

    /// How many recent outlets a document's name is compared with.
    static let outletMemory = 8

    static func words(_ name: String) -> [Substring] {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    func isPoll(_ name: String) -> Bool {
        Self.words(name).contains { view.lexicon.contains(String($0), .pollWord) }
    }

    /// Shares of a group and groups that answer polls.
    func isRespondents(_ name: String) -> Bool {
        Self.words(name).contains { view.lexicon.contains(String($0), .respondentWord) }
    }

    /// Whether a document's name carries an outlet's name ("A Bloomberg poll", Bloomberg).
    static func names(_ document: String, outlet: String) -> Bool {
        let d = words(document), o = words(outlet).filter { !["the", "a", "an"].contains($0) }
        guard !o.isEmpty, o.count < d.count else { return false }
        return (0...(d.count - o.count)).contains { Array(d[$0..<($0 + o.count)]) == o }
    }

    /// "told Reuters" → Reuters; "told Bill Reilly of Fox News" → Bill Reilly, relayed by Fox News.
    /// The node the relay makes, with the rule that links what it relays to it.
    func relayNode(_ relay: Range<Int>, under parent: Int?, parentRule: LinkRule,
                   _ node: (String, Source.Kind, String?, Int?, LinkRule) -> Int) -> (Int, LinkRule) {
        if let of = relay.first(where: { ["of", "for"].contains(view.lower($0)) }), of > relay.lowerBound,
           of + 1 < relay.upperBound, view.isCapitalized(of - 1) {
            let outlet = node(text((of + 1)..<relay.upperBound), .outlet, nil, parent, parentRule)
            return (node(text(relay.lowerBound..<of), .person, nil, outlet, .relayAffiliation), .frameRelay)
        }
        return (node(text(relay), .outlet, nil, parent, parentRule), .frameRelay)
    }

    func isPublisher(_ name: String?) -> Bool {
        guard let name, let publisher else { return false }
        return SourceName.key(name) == SourceName.key(publisher)
    }

    func text(_ r: Range<Int>) -> String {
        view.doc.text.text(view.token(r.lowerBound).start, view.token(r.upperBound - 1).end)
    }

    /// Another attribution of the same sentence whose content holds this one's speaker:
    /// "A G7 nation’s assessment indicates …, according to the same sources."
    func containing(_ a: QuoteAssembler.Attribution, in all: [QuoteAssembler.Attribution], at i: Int) -> QuoteAssembler.Attribution? {
        guard let m = a.speaker?.mention else { return nil }
        for j in max(0, i - 4)..<min(all.count, i + 5) where j != i {
            let b = all[j]
            guard let pattern = b.frame?.pattern, pattern == .accordingTo || pattern == .contentLast else { continue }
            guard b.sentence == a.sentence, b.speaker?.nodeName != nil, b.content.lowerBound <= m.lowerBound,
                  m.upperBound <= b.content.upperBound else { continue }
            return b
        }
        return nil
    }

    /// For a "citing" frame: the attribution of the same sentence that did the citing.
    func citedBy(_ a: QuoteAssembler.Attribution, in all: [QuoteAssembler.Attribution], at i: Int) -> QuoteAssembler.Attribution? {
        for j in stride(from: i - 1, through: max(0, i - 4), by: -1) where all[j].sentence == a.sentence && !all[j].relayOnly {
            return all[j]
        }
        return nil
    }
}
