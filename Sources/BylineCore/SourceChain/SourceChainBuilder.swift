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
        func makeNode(_ rawName: String, _ kind: Source.Kind, _ entity: String?, _ via: Int?, _ rule: LinkRule) -> Int {
            let name = SourceName.display(rawName)
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
            if let report = outletReport(citing: a, in: attributions, at: i), let on = report.speaker?.nodeName {
                // "Bloomberg reports that …, according to the Roper Center": the center under the outlet.
                via = node(on, .outlet, entity: report.speaker!.entity, via: defaultParent, rule: rule)
                rule = .reportAccordingTo
            } else if a.relayOnly, a.frame?.relay == nil, let cited = citedBy(a, in: attributions, at: i), let cs = cited.speaker?.nodeName, !isPublisher(cs) {
                // "X reported …, citing Y": Y's node hangs under X.
                via = node(cs, cited.speaker!.kind, entity: cited.speaker!.entity, via: defaultParent, rule: rule)
                rule = .citedBy
            } else if let container = containing(a, in: attributions, at: i), let cname = container.speaker?.nodeName,
               !isPublisher(cname) {
                via = node(cname, container.speaker!.kind, entity: container.speaker!.entity, via: defaultParent, rule: rule)
                rule = .containingAttribution
            } else if let relay = a.frame?.relay, let made = relayNode(relay, under: defaultParent, parentRule: rule, makeNode) {
                (via, rule) = made
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
            } else if sp.kind == .anonymous || sp.kind == .document && !isPoll(name), let o = lastOutlet,
                      paragraph - o.paragraph <= Self.outletReach, SourceName.key(nodes[o.node].source.name) != SourceName.key(name) {
                via = o.node
                rule = .outletReach
            }
            let n = earlierDocument(name, kind: sp.kind, among: nodes)
                ?? node(name, sp.kind, entity: sp.entity, via: via, rule: rule)
            if sp.kind == .outlet {
                lastOutlet = (n, paragraph)
                if recentOutlets.last != n { recentOutlets.append(n) }
                if recentOutlets.count > Self.outletMemory { recentOutlets.removeFirst() }
            }
            if sp.kind == .document, isPoll(name) { lastPoll = (n, paragraph) }
            nodes[n].source.mentions.append(view.doc.text.span(sp.mention))
            if !a.relayOnly { nodeOf[i] = nodes[n].source.id }
        }
        // "A Bloomberg poll shows …" before "Bloomberg reports …": the outlet runs the poll wherever it is named.
        for d in nodes.indices where nodes[d].source.kind == .document && (nodes[d].source.via == nil || nodes[d].source.via == root.map { nodes[$0].source.id }) {
            guard let o = nodes.indices.last(where: { nodes[$0].source.kind == .outlet && Self.names(nodes[d].source.name, outlet: nodes[$0].source.name) }),
                  !isAncestor(d, of: o) else { continue }
            nodes[d].source.via = nodes[o].source.id
            nodes[d].source.explanation = Explanation(link: LinkRule.documentOutlet.rawValue)
        }
        return (nodes.map(\.source), nodeOf)
    }

    /// "the poll", "the survey", "the report": a short definite description of a document
    /// named before ("A Bloomberg poll … the poll") is that document's node, not a new one.
    private func earlierDocument(_ name: String, kind: Source.Kind, among nodes: [Node]) -> Int? {
        guard kind == .document else { return nil }
        let w = Self.words(name)
        guard w.count >= 2, w.count <= 3, w[0] == "the", let head = w.last,
              name.split(separator: " ").dropFirst().allSatisfy({ $0.first?.isLowercase == true }) else { return nil }
        let poll = view.lexicon.contains(String(head), .pollWord)
        return nodes.indices.last { i in
            guard nodes[i].source.kind == .document, SourceName.key(nodes[i].source.name) != SourceName.key(name),
                  let h = Self.words(nodes[i].source.name).last else { return false }
            return h == head || poll && view.lexicon.contains(String(h), .pollWord)
        }
    }

    /// For an "according to" attribution: the report of an outlet in the same sentence that
    /// holds it ("Bloomberg reports that …, according to the Roper Center"); the outlet cites it.
    func outletReport(citing a: QuoteAssembler.Attribution, in all: [QuoteAssembler.Attribution], at i: Int) -> QuoteAssembler.Attribution? {
        guard a.frame?.pattern == .accordingTo, let sp = a.speaker, sp.kind != .outlet else { return nil }
        for j in max(0, i - 4)..<min(all.count, i + 5) where j != i {
            let b = all[j]
            guard b.sentence == a.sentence, b.frame?.pattern == .speakerFirst, let bs = b.speaker, bs.kind == .outlet,
                  bs.nodeName != nil, !isPublisher(bs.nodeName), a.content.lowerBound <= bs.mention.lowerBound,
                  bs.mention.upperBound <= a.content.upperBound else { continue }
            return b
        }
        return nil
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
    /// "In a Wall Street Journal essay": the essay, under the outlet it names. "told the RT America
    /// audience": the outlet whose audience it is.
    func relayNode(_ phrase: Range<Int>, under parent: Int?, parentRule: LinkRule,
                   _ node: (String, Source.Kind, String?, Int?, LinkRule) -> Int) -> (Int, LinkRule)? {
        if view.has(.indefiniteArticle, at: phrase.lowerBound), view.has(.documentHead, at: phrase.upperBound - 1),
           let name = capitalisedRun(in: (phrase.lowerBound + 1)..<(phrase.upperBound - 1)) {
            let outlet = node(text(name), .outlet, nil, parent, parentRule)
            return (node(text(phrase), .document, nil, outlet, .documentOutlet), .frameRelay)
        }
        guard let relay = trimmedRelay(phrase) else { return nil }
        let last = relay.upperBound - 1
        if view.has(.audienceWord, at: last), let name = capitalisedRun(in: relay.lowerBound..<last),
           name.contains(where: { view.has(.outletWord, at: $0) }) {
            return (node(text(name), .outlet, nil, parent, parentRule), .frameRelay)
        }
        // "MSNBC's Tamron Hall": the host under the outlet.
        if let pos = relay.first(where: { view.isPossessive($0) }), pos > relay.lowerBound, pos + 1 < relay.upperBound,
           view.isCapitalized(pos + 1), let name = capitalisedRun(in: relay.lowerBound..<pos),
           name.contains(where: { view.has(.outletWord, at: $0) }) {
            let outlet = node(text(name), .outlet, nil, parent, parentRule)
            return (node(text((pos + 1)..<relay.upperBound), .person, nil, outlet, .relayAffiliation), .frameRelay)
        }
        // "NBC News Senior Correspondent Cynthia McFadden", "CNN anchor Jake Tapper": the person under
        // the outlet; "a Politico reporter": the outlet.
        if let t = relay.first(where: { isPersonWord($0) }), let end = (relay.lowerBound..<t).last(where: { view.has(.outletWord, at: $0) }),
           let lastWord = relay.last(where: { isPersonWord($0) }),
           ((lastWord + 1)..<relay.upperBound).allSatisfy({ view.isCapitalized($0) }),
           let name = capitalisedRun(in: relay.lowerBound..<(end + 1)) {
            let outlet = node(text(name), .outlet, nil, parent, parentRule)
            guard lastWord + 1 < relay.upperBound else { return (outlet, .frameRelay) }
            return (node(text((lastWord + 1)..<relay.upperBound), .person, nil, outlet, .relayAffiliation), .frameRelay)
        }
        if let of = relay.first(where: { view.has(.rolePreposition, at: $0) }), of > relay.lowerBound,
           of + 1 < relay.upperBound, view.isCapitalized(of - 1) {
            let outlet = node(text((of + 1)..<relay.upperBound), .outlet, nil, parent, parentRule)
            return (node(text(relay.lowerBound..<of), .person, nil, outlet, .relayAffiliation), .frameRelay)
        }
        return (node(text(relay), .outlet, nil, parent, parentRule), .frameRelay)
    }

    /// A title or a word for a person's job ("correspondent", "host").
    func isPersonWord(_ k: Int) -> Bool {
        view.isTitle(view.lower(k)) || view.has(.personHead, at: k)
    }

    /// The name in a relay phrase: from its first capitalised word (a day or a month aside) to the
    /// last word that still belongs to the name. "in an MSNBC interview" → MSNBC, "CNN last year" →
    /// CNN, "CNN's Gloria Borger aired Monday" → CNN's Gloria Borger, "Bill Fox of the Daily Herald"
    /// stays whole; nil when no name is left ("at a Sunday news conference").
    /// A month or a day names no outlet, unless a name goes on after it.
    func trimmedRelay(_ r: Range<Int>) -> Range<Int>? {
        // "Tuesday morning", "July"; not "Morning Consult", "Good Morning America", "USA TODAY".
        func isTime(_ k: Int) -> Bool {
            (view.has(.timeWord, at: k) || view.has(.month, at: k)) && !(k + 1 < r.upperBound && view.isCapitalized(k + 1))
                && view.text(k).contains(where: { $0.isLowercase })
        }
        var lo = r.lowerBound
        while lo < r.upperBound, !view.isCapitalized(lo) || isTime(lo) { lo += 1 }
        guard lo < r.upperBound else { return nil }
        var end = lo
        while end < r.upperBound {
            if view.isCapitalized(end) {
                if isTime(end) { break }
            } else if !(view.isPossessive(end) || view.has(.nameJoiner, at: end)
                        || view.has(.outletWord, at: end) || view.has(.outletType, at: end)
                        || view.has(.audienceWord, at: end) || isPersonWord(end)) {
                break
            }
            end += 1
        }
        while end > lo, view.isPossessive(end - 1) || view.has(.nameJoiner, at: end - 1) { end -= 1 }
        return lo..<end
    }

    /// The capitalised words of a phrase that run to its end ("the RT America" → RT America).
    func capitalisedRun(in r: Range<Int>) -> Range<Int>? {
        var lo = r.upperBound
        while lo > r.lowerBound, view.isCapitalized(lo - 1) { lo -= 1 }
        return lo < r.upperBound ? lo..<r.upperBound : nil
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
        if let b = relaying(a, in: all, at: i) { return b }
        for j in max(0, i - 4)..<min(all.count, i + 5) where j != i {
            let b = all[j]
            guard let pattern = b.frame?.pattern, pattern == .accordingTo || pattern == .contentLast else { continue }
            if pattern == .accordingTo, a.speaker?.kind == .outlet, b.speaker?.kind != .outlet, a.frame?.pattern == .speakerFirst { continue }
            guard b.sentence == a.sentence, b.speaker?.nodeName != nil, b.content.lowerBound <= m.lowerBound,
                  m.upperBound <= b.content.upperBound else { continue }
            return b
        }
        return nil
    }

    /// "Reid claimed that he had a well-connected source who told him …": an anonymous source
    /// inside the content of the statement before it in the sentence, or opening right where that
    /// content was cut, is a source of that statement's speaker.
    func relaying(_ a: QuoteAssembler.Attribution, in all: [QuoteAssembler.Attribution], at i: Int) -> QuoteAssembler.Attribution? {
        guard i > 0, let sp = a.speaker, sp.kind == .anonymous, a.frame?.pattern == .speakerFirst else { return nil }
        let b = all[i - 1]
        guard b.sentence == a.sentence, !b.relayOnly, let bp = b.frame?.pattern, bp == .speakerFirst || bp == .participle,
              let bn = b.speaker?.nodeName, SourceName.key(bn) != SourceName.key(sp.nodeName ?? ""),
              b.content.lowerBound < sp.mention.lowerBound else { return nil }
        // Inside the statement's content (the frame finder keeps a statement reported within another
        // whole), or right where that content was cut.
        if sp.mention.upperBound <= b.content.upperBound { return b }
        guard b.content.upperBound <= sp.mention.lowerBound,
              view.doc.text.text(b.content.upperBound, sp.mention.lowerBound).allSatisfy({ $0 == " " || $0 == "\u{00A0}" }) else { return nil }
        return b
    }

    /// For a "citing" frame: the attribution of the same sentence that did the citing.
    func citedBy(_ a: QuoteAssembler.Attribution, in all: [QuoteAssembler.Attribution], at i: Int) -> QuoteAssembler.Attribution? {
        for j in stride(from: i - 1, through: max(0, i - 4), by: -1) where all[j].sentence == a.sentence && !all[j].relayOnly {
            return all[j]
        }
        return nil
    }
}
