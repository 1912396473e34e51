/// Resolves a speaker phrase to whom it names: a proper name (through the recogniser's
/// entities when there are any, or the capitalised words themselves), a pronoun (gender and
/// number agreement, the current speaker first), a definite description ("the spokesperson",
/// "the sources", via earlier appositions and sources), or nobody. Reads the article in
/// order and remembers who spoke, so calls must come in document order.
struct SpeakerResolver {
    struct Resolved: Sendable {
        /// The resolved name, nil when the phrase could not be tied to anyone.
        var name: String?
        var entity: String?
        /// The span the attribution points at (a name, a pronoun or a description).
        var mention: Range<Int>
        var kind: Source.Kind
        var plural: Bool
        /// An outlet that carried the speaker's words, when the phrase names one ("NBC’s Dante Chinni").
        var relay: String?
        /// The words of an unresolved description ("two union leaders"), which still make a
        /// source node of their own; nil for pronouns.
        var description: String? = nil

        /// The rule that resolved the phrase.
        var rule: SpeakerRule

        /// The name of the source node: the resolved name, else the description itself.
        var nodeName: String? { name ?? description }
    }

    typealias Gender = Lexicon.Gender

    let view: TokenView
    let mentions: SpeakerMentionFinder
    let entityIndex: EntityIndex
    private(set) var recent: [Resolved] = []
    private var genders: [String: Gender] = [:]
    private var descriptions: [String: String] = [:]
    private var nameByWord: [String: String] = [:]

    init(view: TokenView, entities: [Entity]) {
        self.view = view
        self.mentions = SpeakerMentionFinder(view: view)
        self.entityIndex = EntityIndex(entities)
        for e in entities where e.type == .person {
            if let g = gender(ofTitle: e.title) { genders[e.name] = g }
            if let g = gender(ofGiven: e.name) { genders[e.name] = genders[e.name] ?? g }
        }
    }

    /// The gender the first gendered word of a title tells ("Mrs", "the spokesman").
    func gender(ofTitle title: String?) -> Gender? {
        guard let t = title?.lowercased() else { return nil }
        for w in t.split(separator: " ") {
            if let g = view.lexicon.gender(ofWord: String(w)) { return g }
        }
        return nil
    }

    /// The gender of a name's first word, when it is a known given name.
    func gender(ofGiven name: String) -> Gender? {
        guard let first = name.split(separator: " ").first?.lowercased() else { return nil }
        return view.lexicon.gender(ofGivenName: first)
    }

    var current: Resolved? { recent.last }

    func text(_ r: Range<Int>) -> String {
        view.doc.text.text(view.token(r.lowerBound).start, view.token(r.upperBound - 1).end)
    }

    func scalarRange(_ r: Range<Int>) -> Range<Int> { view.token(r.lowerBound).start..<view.token(r.upperBound - 1).end }

    /// Records that a statement was attributed to `speaker`, making it the current speaker.
    mutating func note(_ speaker: Resolved) {
        recent.append(speaker)
        if recent.count > 32 { recent.removeFirst(recent.count - 32) }
    }

    mutating func resolve(_ phrase: Range<Int>) -> Resolved {
        var m = phrase
        // "a statement made during a briefing by Lin Jian": the person behind the document.
        if let by = m.first(where: { view.has(.agentPreposition, at: $0) }), by + 1 < m.upperBound, view.isCapitalized(by + 1) {
            m = (by + 1)..<m.upperBound
        }
        // "Bill Fox of the Daily Herald": the person speaks, the outlet relays.
        var affiliation: String? = nil
        if let of = m.first(where: { view.has(.rolePreposition, at: $0) }), of > m.lowerBound, of + 1 < m.upperBound,
           view.isCapitalized(of - 1), isOutlet((of + 1)..<m.upperBound) {
            affiliation = text(mentions.properName(in: (of + 1)..<m.upperBound) ?? (of + 1)..<m.upperBound)
            m = m.lowerBound..<of
        }
        let words = m.map { view.lower($0) }
        if m.count == 1, let p = view.lexicon.pronouns[Self.contractionBase(words[0])] {
            return resolvePronoun(m, p)
        }
        if m.count == 1, view.has(.personalRelative, at: m.lowerBound) {
            return Resolved(name: nil, entity: nil, mention: scalarRange(m), kind: .person, plural: false, relay: nil, rule: .unresolvedPronoun)
        }
        let head = words.last ?? ""
        // "A G7 nation’s assessment", "Bloomberg's article": the document, or the outlet behind it.
        let possessive = m.firstIndex(where: { view.isPossessive($0) })
        if let pos = possessive, pos + 1 < m.upperBound, !view.isCapitalized(pos + 1) {
            let possessor = m.lowerBound..<pos
            if isOutlet(possessor) {
                let name = expand(text(mentions.properName(in: possessor) ?? possessor))
                return Resolved(name: name, entity: nil, mention: scalarRange(m), kind: .outlet, plural: false, relay: nil, rule: .possessorOutlet)
            }
            if view.lexicon.contains(head, .documentHead) {
                return Resolved(name: text(m), entity: nil, mention: scalarRange(m), kind: .document, plural: false, relay: nil, rule: .possessedDocument)
            }
        }
        if words.contains(where: { $0 == "percent" || $0 == "%" })
            || (m.count > 2 && view.lexicon.contains(words[words.count > 3 && words[0] == "a" ? 1 : 0], .quantityHead)
                && words.contains("of") && !view.isCapitalized(m.upperBound - 1)) {
            // "Twelve percent", "a majority of voters": a share of respondents, not a name inside it.
            return Resolved(name: text(m), entity: nil, mention: scalarRange(m), kind: .anonymous, plural: true, relay: nil, rule: .quantity)
        }
        let describedByCommonNoun = !view.isCapitalized(m.upperBound - 1)
            && (view.lexicon.contains(head, .anonymousHead) || descriptionKind(head) != nil)
        if !describedByCommonNoun, let e = entityIndex.entity(inside: scalarRange(m)),
           e.type != .norp || m.count == 1 && !isBareAffiliation(m.lowerBound) {
            var name = e.type == .person || e.type == .org ? expand(e.name) : e.name
            if e.type != .person, let full = fullOrganisationName(m), text(full).count > name.count { name = text(full) }
            let r = Resolved(name: name, entity: e.id, mention: scalarRange(m), kind: kind(of: e), plural: false,
                             relay: affiliation ?? possessorOutlet(m), rule: .entity)
            learn(name: name, phrase: m, kind: r.kind)
            return r
        }
        let determiner = view.lexicon.contains(words[0], .determiner)
        let hasAnonymousHead = words.contains { view.lexicon.contains($0, .anonymousHead) }
        let describedHead = !view.isCapitalized(m.upperBound - 1) && possessive == nil && !hasAnonymousHead
        if describedHead, let k = descriptionKind(head) {
            // "the influential US daily", "the Trump campaign": a description, named by itself.
            return Resolved(name: text(m), entity: nil, mention: scalarRange(m), kind: k, plural: head.hasSuffix("s"), relay: nil, rule: .description)
        }
        if let found = mentions.properName(in: m), !(hasAnonymousHead && !view.isCapitalized(m.upperBound - 1)) {
            guard var proper = nameTokens(found) else { return unnamed(m, proper: found, head: head) }
            if let full = fullOrganisationName(m), full.count > proper.count { proper = full }
            let name = expand(text(proper))
            let k = kind(ofName: proper, phrase: m)
            learn(name: name, phrase: m, kind: k)
            if k == .person { learnAppositions(after: phrase.upperBound, name: name) }
            let outlet = affiliation ?? possessorOutlet(m)
            return Resolved(name: name, entity: nil, mention: scalarRange(proper), kind: k, plural: false,
                            relay: outlet == name ? nil : outlet, rule: .properName)
        }
        if hasAnonymousHead || words.contains(where: { $0 == "percent" || $0 == "%" }) {
            let plural = head.hasSuffix("s") || determiner && view.has(.pluralQuantifier, at: m.lowerBound)
            if view.has(.anaphoricOpener, at: m.lowerBound),
               let earlier = recent.last(where: { $0.kind == .anonymous && $0.name.map { sameHead($0, head) } == true }) {
                return Resolved(name: earlier.name, entity: nil, mention: scalarRange(m), kind: .anonymous,
                                plural: plural, relay: nil, rule: .earlierAnonymous)
            }
            return Resolved(name: text(m), entity: nil, mention: scalarRange(m), kind: .anonymous, plural: plural, relay: nil, rule: .anonymous)
        }
        if isOutlet(m) {
            return Resolved(name: text(m), entity: nil, mention: scalarRange(m), kind: .outlet, plural: false, relay: nil, rule: .outlet)
        }
        if let name = descriptions[head] {
            return Resolved(name: name, entity: nil, mention: scalarRange(m), kind: .person, plural: false, relay: nil, rule: .learnedDescription)
        }
        return unnamed(m, proper: m.lowerBound..<m.lowerBound, head: head)
    }

    /// The kind a common-noun head gives a description, nil for people and unknown heads.
    func descriptionKind(_ head: String) -> Source.Kind? {
        if view.lexicon.contains(head, .outletWord) { return .outlet }
        if view.lexicon.contains(head, .governmentWord) { return .government }
        if view.lexicon.contains(head, .organizationWord) { return .organization }
        if view.lexicon.contains(head, .documentHead) { return .document }
        return nil
    }

    /// "i've" → "i", "they’re" → "they".
    static func contractionBase(_ word: String) -> String {
        guard let cut = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return word }
        return String(word[..<cut])
    }

    func sameHead(_ name: String, _ head: String) -> Bool {
        let h = head.hasSuffix("s") ? String(head.dropLast()) : head
        return name.lowercased().split(separator: " ").contains { w in w == h || w == h + "s" }
    }

    mutating func resolvePronoun(_ m: Range<Int>, _ p: Lexicon.Pronoun) -> Resolved {
        let span = scalarRange(m)
        if p.person && !p.plural && p.gender != .unknown {
            for r in recent.reversed() where r.kind == .person && r.name != nil {
                let g = genders[r.name!] ?? .unknown
                if g == .unknown || g == p.gender {
                    if g == .unknown { genders[r.name!] = p.gender }
                    return Resolved(name: r.name, entity: r.entity, mention: span, kind: .person, plural: false, relay: nil, rule: .pronounRecentSpeaker)
                }
            }
            if let e = entityIndex.nearestPerson(before: span.lowerBound, within: 600, accept: { name, title in
                let g = gender(ofTitle: title) ?? genders[name] ?? gender(ofGiven: name) ?? .unknown
                return g == .unknown || g == p.gender
            }) {
                return Resolved(name: e.name, entity: e.id, mention: span, kind: .person, plural: false, relay: nil, rule: .pronounNearestPerson)
            }
            return Resolved(name: nil, entity: nil, mention: span, kind: .person, plural: false, relay: nil, rule: .unresolvedPronoun)
        }
        if p.plural && !p.person {
            if let r = recent.last, r.plural || r.kind == .organization || r.kind == .government || r.kind == .anonymous {
                return Resolved(name: r.name, entity: r.entity, mention: span, kind: r.kind, plural: true, relay: nil, rule: .pluralPronoun)
            }
            return Resolved(name: nil, entity: nil, mention: span, kind: .unknown, plural: true, relay: nil, rule: .unresolvedPronoun)
        }
        if !p.person, let r = recent.last, r.kind != .person, !r.plural {
            return Resolved(name: r.name, entity: r.entity, mention: span, kind: r.kind, plural: false, relay: nil, rule: .thingPronoun)
        }
        return Resolved(name: nil, entity: nil, mention: span, kind: p.person ? .person : .unknown, plural: p.plural, relay: nil, rule: .unresolvedPronoun)
    }

    /// Whether the pronoun at `pronoun` can refer to the person `name`, by gender and number.
    func agrees(pronoun: Range<Int>, with name: String) -> Bool {
        if view.has(.personalRelative, at: pronoun.lowerBound) { return true }
        guard let p = view.lexicon.pronouns[view.lower(pronoun.lowerBound)], p.person, !p.plural else { return false }
        let g = genders[name] ?? gender(ofGiven: name) ?? .unknown
        return g == .unknown || p.gender == .unknown || g == p.gender
    }

    /// "Lin" → "Lin Jian" when a longer name holding that word was met before.
    func expand(_ name: String) -> String {
        guard !name.contains(" ") else { return name }
        return nameByWord[name.lowercased()] ?? name
    }

    mutating func learn(name: String, phrase: Range<Int>, kind: Source.Kind) {
        let parts = name.split(separator: " ")
        if parts.count > 1 {
            for w in parts where w.count > 2 {
                let key = w.lowercased()
                if nameByWord[key] == nil || kind == .person { nameByWord[key] = name }
            }
        }
        guard kind == .person else { return }
        for k in phrase {
            let w = view.lower(k)
            if view.lexicon.contains(w, .personHead) && descriptions[w] == nil { descriptions[w] = name }
            if genders[name] == nil {
                if let g = view.lexicon.gender(ofWord: w) { genders[name] = g }
            }
        }
        if genders[name] == nil {
            let before = phrase.lowerBound - 1
            if before >= 0, let g = gender(ofTitle: view.text(before)) { genders[name] = g }
            else if let g = gender(ofGiven: name) { genders[name] = g }
        }
    }

    /// "Lin Jian, the official representative of …": the description's nouns now name him.
    mutating func learnAppositions(after k: Int, name: String) {
        let doc = view.doc
        guard k + 1 < doc.tokens.count, view.isComma(k) else { return }
        let w = view.lower(k + 1)
        guard view.has(.article, at: k + 1) || view.lexicon.contains(w, .personHead) else { return }
        var j = k + 1
        while j < doc.tokens.count, j - k < 10, !view.isComma(j), !view.isTerminator(j) {
            let x = view.lower(j)
            if view.lexicon.contains(x, .personHead) && descriptions[x] == nil { descriptions[x] = name }
            j += 1
        }
    }

    /// "the Roper Center for Public Opinion Research" when the recogniser found only "Public
    /// Opinion": an organisation's whole name, capitalised words joined by "of", "for", "and", "on".
    func fullOrganisationName(_ m: Range<Int>) -> Range<Int>? {
        var lo = m.lowerBound
        if view.has(.determiner, at: lo) { lo += 1 }
        guard m.upperBound - lo >= 3, view.isCapitalized(lo), view.isCapitalized(m.upperBound - 1) else { return nil }
        var named = false
        for k in lo..<m.upperBound {
            if view.isCapitalized(k) {
                named = named || view.has(.organizationWord, at: k)
            } else if !view.has(.nameJoiner, at: k) && view.lower(k) != "on" {
                return nil
            }
        }
        return named ? lo..<m.upperBound : nil
    }

    func possessorOutlet(_ m: Range<Int>) -> String? {
        guard let pos = m.firstIndex(where: { view.isPossessive($0) }), pos > m.lowerBound else { return nil }
        let possessor = m.lowerBound..<pos
        guard isOutlet(possessor) else { return nil }
        return text(mentions.properName(in: possessor) ?? possessor)
    }

    func isOutlet(_ r: Range<Int>) -> Bool {
        r.contains { view.has(.outletWord, at: $0) }
            && (r.contains { view.isCapitalized($0) } || r.contains { view.has(.lowercaseOutletWord, at: $0) })
    }

    func kind(ofName proper: Range<Int>, phrase: Range<Int>) -> Source.Kind {
        let words = phrase.map { view.lower($0) }
        if isOutlet(proper) { return .outlet }
        if words.contains(where: { view.lexicon.contains($0, .governmentWord) }) && proper.count > 1 { return .government }
        if proper.count == 1, view.lexicon.contains(words[proper.lowerBound - phrase.lowerBound], .governmentPlace) {
            return .government
        }
        if words.contains(where: { view.lexicon.contains($0, .organizationWord) }) { return .organization }
        if words.contains(where: { view.lexicon.contains($0, .documentHead) }) && !view.isCapitalized(phrase.upperBound - 1) {
            return .document
        }
        return .person
    }

    func kind(of e: Entity) -> Source.Kind {
        switch e.type {
        case .person: return .person
        case .gpe: return .government
        case .org:
            let words = e.name.lowercased().split(separator: " ").map(String.init)
            if words.contains(where: { view.lexicon.contains($0, .outletWord) }) { return .outlet }
            if words.contains(where: { view.lexicon.contains($0, .governmentWord) }) { return .government }
            return .organization
        case .norp: return .organization
        default: return .unknown
        }
    }
}
