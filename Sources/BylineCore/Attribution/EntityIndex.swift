/// The recogniser's entities by mention position, so the attribution stage can ask "which
/// entity is named inside this span" and "which person was named last before here" in
/// logarithmic time.
struct EntityIndex {
    private struct Mention { let start: Int; let end: Int; let entity: Int }
    private let entities: [Entity]
    private let mentions: [Mention]

    init(_ entities: [Entity]) {
        self.entities = entities
        var all: [Mention] = []
        for (i, e) in entities.enumerated() where e.type.isName {
            for m in e.mentions { all.append(Mention(start: m.start, end: m.end, entity: i)) }
        }
        mentions = all.sorted { $0.start < $1.start }
    }

    var isEmpty: Bool { mentions.isEmpty }

    /// The first index whose mention starts at or after `offset`.
    private func lowerBound(_ offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The entity with a mention inside `range`, preferring people, then the last one.
    func entity(inside range: Range<Int>) -> Entity? {
        var i = lowerBound(range.lowerBound)
        var best: Entity? = nil
        while i < mentions.count, mentions[i].start < range.upperBound {
            let m = mentions[i]
            if m.end <= range.upperBound {
                let e = entities[m.entity]
                if best == nil || e.type == .person || best!.type != .person { best = e }
            }
            i += 1
        }
        return best
    }

    /// The nearest person named before `offset`, no further than `within` scalars back,
    /// that `accept`s (name, title).
    func nearestPerson(before offset: Int, within: Int, accept: (String, String?) -> Bool) -> Entity? {
        var i = lowerBound(offset) - 1
        while i >= 0, mentions[i].start >= offset - within {
            let e = entities[mentions[i].entity]
            if e.type == .person && accept(e.name, e.title) { return e }
            i -= 1
        }
        return nil
    }
}
