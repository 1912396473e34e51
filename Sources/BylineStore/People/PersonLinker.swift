import Foundation

/// Decides which library-wide identity each speaker of one article is, so quotes from many
/// articles and outlets add up under one person. Pure: everything it knows comes from the
/// directory it is given, and everything it learns is registered there.
///
/// A person's full name is one key ("lin jian"); a multi-word name also registers its first
/// and last words and its initial form ("l jian"). A speaker links by, in order:
/// - the full key (titles dropped, case, diacritics and transliteration variants folded);
/// - "J. Smith": the one person of the article, else of the library, whose initial form it is;
/// - a bare word ("Lin", "Kim"): the one person of the same article whose first or last word it
///   is, else the one such person in the library; when two share it ("Kim Jong Un", "Kim Yo
///   Jong"), it stays a person of its own rather than join either.
/// Organisations and outlets link by their full key only.
public struct PersonLinker: Sendable {
    /// A speaker as an article names it.
    public struct Name: Equatable, Sendable {
        public var kind: PeopleKind
        public var name: String

        public init(kind: PeopleKind, name: String) {
            self.kind = kind
            self.name = name
        }
    }

    public init() {}

    /// The identity of each name, in order (nil for a name with nothing name-like in it).
    public func link<D: PeopleDirectory>(_ names: [Name], in directory: inout D) throws -> [Int64?] {
        var result = [Int64?](repeating: nil, count: names.count)
        var article: [(PersonName, Int64)] = []
        var resolved: [String: Int64] = [:]
        var parsedNames: [String: PersonName?] = [:]
        let parsed = names.map { name -> PersonName? in
            let memo = "\(name.kind.rawValue):\(name.name)"
            if let known = parsedNames[memo] { return known }
            let made = name.kind == .person ? PersonName(name.name) : PersonName.organisation(name.name)
            parsedNames[memo] = made
            return made
        }
        // Full names first, so a bare word or initial finds them in its own article.
        let order = names.indices.sorted { rank(names[$0].kind, parsed[$0]) < rank(names[$1].kind, parsed[$1]) }
        for n in order {
            let name = names[n]
            guard let parsed = parsed[n] else { continue }
            let memo = "\(name.kind.rawValue):\(parsed.key)"
            if let id = resolved[memo] {
                result[n] = id
                continue
            }
            let id: Int64
            if name.kind == .person {
                id = try person(parsed, article: article, &directory)
                article.append((parsed, id))
            } else {
                let key = Self.fullKey(name.kind, parsed.key)
                if let known = try directory.identities(withKey: key).first {
                    id = known
                } else {
                    id = try directory.newIdentity(kind: name.kind, name: parsed.display, title: nil)
                    try directory.register([key], for: id)
                }
            }
            resolved[memo] = id
            result[n] = id
        }
        return result
    }

    private func rank(_ kind: PeopleKind, _ parsed: PersonName?) -> Int {
        guard kind == .person, let parsed else { return 0 }
        return parsed.isBare ? 2 : (parsed.hasInitial ? 1 : 0)
    }

    private func person<D: PeopleDirectory>(_ name: PersonName, article: [(PersonName, Int64)], _ directory: inout D) throws -> Int64 {
        let full = Self.fullKey(.person, name.key)
        if name.isBare {
            let word = name.tokens[0]
            let here = Set(article.filter { !$0.0.isBare && ($0.0.tokens.first == word || $0.0.tokens.last == word) }.map(\.1))
            if here.count == 1 { return here.first! }
            if here.isEmpty {
                let known = Set(try directory.identities(withKey: "person-first:\(word)") + directory.identities(withKey: "person-last:\(word)"))
                if known.count == 1 { return known.first! }
            }
            return try identity(full, name, keys: [full], &directory)
        }
        if name.hasInitial, let initial = name.initialKey {
            let here = Set(article.filter { !$0.0.hasInitial && $0.0.initialKey == initial }.map(\.1))
            if here.count == 1 {
                try directory.register([full], for: here.first!)
                return here.first!
            }
            if here.isEmpty {
                let known = try directory.identities(withKey: "person-initial:\(initial)")
                if known.count == 1 {
                    try directory.register([full], for: known[0])
                    return known[0]
                }
            }
            return try identity(full, name, keys: [full, "person-last:\(name.tokens.last!)"], &directory)
        }
        var keys = [full, "person-first:\(name.tokens.first!)", "person-last:\(name.tokens.last!)"]
        if let initial = name.initialKey { keys.append("person-initial:\(initial)") }
        return try identity(full, name, keys: keys, &directory)
    }

    /// The identity under `full`, else a new one with `keys`.
    private func identity<D: PeopleDirectory>(_ full: String, _ name: PersonName, keys: [String], _ directory: inout D) throws -> Int64 {
        if let known = try directory.identities(withKey: full).first { return known }
        let id = try directory.newIdentity(kind: .person, name: name.display, title: name.title)
        try directory.register(keys, for: id)
        return id
    }

    static func fullKey(_ kind: PeopleKind, _ key: String) -> String { "\(kind.rawValue):\(key)" }
}

extension PersonName {
    /// An organisation's or outlet's name: folded, a leading "the" dropped, nothing stripped.
    static func organisation(_ raw: String) -> PersonName? {
        var name = raw.trimmingCharacters(in: .whitespaces)
        if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        return PersonName(verbatim: name)
    }
}
