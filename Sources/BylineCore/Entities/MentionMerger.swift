/// Groups the named mentions of one document into one entity per referent:
/// - the same name (up to case, full stops and a leading "the") or a known alias of it
///   ("US", "U.S.", "United States") is the same referent;
/// - a person's single name ("Biden", "Lin") joins the person whose full name ends or starts
///   with it ("Joe Biden", "Lin Jian"), the most mentioned so far of several (the latest on a tie), and any one-word name but a place's that is
///   such a person's surname ("the Trump campaign") joins that person; a full name met after its surname
///   alone joins that surname's entity;
/// - an acronym in brackets right after a name ("Group of Twenty (G20)") is that name.
/// The entity's type is its mentions' majority type, its name its longest mention (a headline's
/// capitals only when nothing else names it: "Japan", not "JAPAN").
public struct MentionMerger: Sendable {
    let aliases: NameAliases

    public init(aliases: NameAliases) { self.aliases = aliases }

    private struct Group {
        var mentions: [Int] = []
        var hasFullName = false
        var firstWord: String?
        var lastWord: String?
    }

    /// Entities (ids left empty) in order of first mention.
    public func merge(_ mentions: [NameMention], doc: Document) -> [Entity] {
        var groups: [Group] = []
        var byKey: [String: Int] = [:]
        var byLastWord: [String: Int] = [:]
        var byFirstWord: [String: Int] = [:]
        for (i, m) in mentions.enumerated() {
            let key = MentionMerger.typeClass(m.type) + aliases.key(m.text)
            // A one-word mention may be half of a word ("Putin" of "Putin-Kim"): its own text.
            let words = m.tokens.count == 1 ? [NameAliases.normalize(m.text)]
                : m.tokens.map { NameAliases.normalize(doc.string(doc.tokens[$0])) }
            var target = byKey[key]
            if target == nil && m.type == .person && words.count == 1 {
                target = byLastWord[words[0]] ?? byFirstWord[words[0]]
            } else if target == nil && MentionMerger.typeClass(m.type) != "L" && m.type.isName && words.count == 1
                        && MentionMerger.isCapitalized(m.text) {
                target = byLastWord[words[0]]
            }
            if target == nil && m.type == .person && words.count > 1, let last = words.last,
               let g = byKey["P" + last], !groups[g].hasFullName,
               groups[g].mentions.allSatisfy({ mentions[$0].type == .person }) {
                target = g
            }
            if target == nil && i > 0 && isBracketedAcronym(m, after: mentions[i - 1], doc) {
                target = byKey[MentionMerger.typeClass(mentions[i - 1].type) + aliases.key(mentions[i - 1].text)]
            }
            let g: Int
            if let t = target {
                g = t
            } else {
                g = groups.count
                groups.append(Group())
            }
            groups[g].mentions.append(i)
            byKey[key] = g
            if m.type == .person && words.count > 1 {
                groups[g].hasFullName = true
                groups[g].firstWord = words[0]
                groups[g].lastWord = words[words.count - 1]
            }
            // A single name goes to the namesake mentioned most so far, the latest on a tie:
            // "Clinton" after one aside on "Chelsea Clinton" is still the article's Hillary Clinton.
            if groups[g].hasFullName {
                let count = groups[g].mentions.count
                if let last = groups[g].lastWord, byLastWord[last].map({ groups[$0].mentions.count <= count }) ?? true {
                    byLastWord[last] = g
                }
                if let first = groups[g].firstWord, byFirstWord[first].map({ groups[$0].mentions.count <= count }) ?? true {
                    byFirstWord[first] = g
                }
            }
        }
        return groups.map { entity(for: $0.mentions, of: mentions) }
    }

    static func isCapitalized(_ text: String) -> Bool {
        text.unicodeScalars.first.map(ScalarClass.isUpper) ?? false
    }

    /// Names with several letters, none lowercase ("JAPAN"; "US" too, which is harmless).
    static func isAllCaps(_ text: String) -> Bool {
        var upper = 0
        for c in text.unicodeScalars {
            if ScalarClass.isLower(c) { return false }
            if ScalarClass.isUpper(c) { upper += 1 }
        }
        return upper >= 3
    }

    /// Mentions of one name merge only within a class, so a country and a team or a person
    /// and a place of the same name stay apart.
    static func typeClass(_ t: EntityType) -> String {
        switch t {
        case .person: return "P"
        case .org: return "O"
        case .gpe, .loc: return "L"
        case .norp, .event, .misc: return "M"
        default: return "V"
        }
    }

    /// "(G20)" right after "Group of Twenty": an acronym in brackets sharing its first letter
    /// with a name (not a person's) that ends right before the bracket.
    private func isBracketedAcronym(_ m: NameMention, after prev: NameMention, _ doc: Document) -> Bool {
        let a = m.tokens.lowerBound, b = m.tokens.upperBound
        guard m.tokens.count == 1, prev.tokens.count > 1, prev.type != .person, m.type != .person,
              a >= 1, b < doc.tokens.count, prev.tokens.upperBound == a - 1 else { return false }
        guard doc.text[doc.tokens[a - 1].start] == "(" && doc.text[doc.tokens[b].start] == ")" else { return false }
        let s = doc.text.scalars
        var letters = 0
        for i in m.start..<m.end {
            if ScalarClass.isLower(s[i]) { return false }
            if ScalarClass.isLetter(s[i]) { letters += 1 }
        }
        return letters >= 1 && m.end - m.start >= 2 && s[m.start] == s[prev.start]
    }

    /// The entity of the mentions `indices` of `all`, read in place: dense text has groups of
    /// tens of thousands of mentions, and copies of them were the entity stage's largest holder.
    private func entity(for indices: [Int], of all: [NameMention]) -> Entity {
        var votes: [EntityType: Int] = [:]
        for i in indices { votes[all[i].type, default: 0] += 1 }
        // The longest name among those not in capitals, or among all when every one is.
        let anyProper = indices.contains { !MentionMerger.isAllCaps(all[$0].text) }
        var longest = all[indices[0]]
        var longestCount = -1
        for i in indices where !anyProper || !MentionMerger.isAllCaps(all[i].text) {
            let count = all[i].text.unicodeScalars.count
            if longestCount < 0 || count > longestCount {
                longest = all[i]
                longestCount = count
            }
        }
        let top = votes.values.max() ?? 0
        let type = votes[longest.type] == top ? longest.type
            : indices.first(where: { votes[all[$0].type] == top }).map { all[$0].type } ?? longest.type
        return Entity(id: "", name: longest.text, type: type,
                      mentions: indices.map { Span(start: all[$0].start, end: all[$0].end, text: all[$0].text) },
                      title: indices.first(where: { all[$0].title != nil }).flatMap { all[$0].title })
    }
}
