/// "The growing Putin-Kim alliance": one hyphenated word made of the names of two people
/// the document names in full is those two people, not an organisation of its own. Each
/// half becomes a person mention of its own, so the merger joins it to its namesake.
enum PairedNames {
    /// `mentions` in text order, with each such pair split in two.
    static func split(_ mentions: [NameMention], doc: Document) -> [NameMention] {
        var fullNameOf: [String: String] = [:]
        var ambiguous = Set<String>()
        for m in mentions where m.type == .person && m.tokens.count >= 2 {
            let full = NameAliases.normalize(m.text)
            for k in m.tokens {
                let part = NameAliases.normalize(doc.string(doc.tokens[k]))
                if let known = fullNameOf[part], known != full { ambiguous.insert(part) }
                fullNameOf[part] = full
            }
        }
        guard !fullNameOf.isEmpty else { return mentions }
        var out: [NameMention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions {
            guard m.tokens.count == 1, let pair = halves(of: m, doc: doc),
                  let first = fullNameOf[pair.0.key], let second = fullNameOf[pair.1.key], first != second,
                  !ambiguous.contains(pair.0.key), !ambiguous.contains(pair.1.key) else {
                out.append(m)
                continue
            }
            for half in [pair.0, pair.1] {
                out.append(NameMention(tokens: m.tokens, start: half.start, end: half.end,
                                       text: doc.text.text(half.start, half.end), type: .person))
            }
        }
        return out
    }

    private struct Half { let start: Int; let end: Int; let key: String }

    /// The two capitalised halves of a word with one hyphen ("Putin-Kim"), or nil.
    private static func halves(of m: NameMention, doc: Document) -> (Half, Half)? {
        let s = doc.text.scalars
        var hyphen: Int? = nil
        for i in m.start..<m.end where ScalarClass.isHyphen(s[i]) {
            guard hyphen == nil else { return nil }
            hyphen = i
        }
        guard let h = hyphen, h - m.start >= 2, m.end - h - 1 >= 2,
              ScalarClass.isUpper(s[m.start]), ScalarClass.isUpper(s[h + 1]) else { return nil }
        return (Half(start: m.start, end: h, key: NameAliases.normalize(doc.text.text(m.start, h))),
                Half(start: h + 1, end: m.end, key: NameAliases.normalize(doc.text.text(h + 1, m.end))))
    }
}
