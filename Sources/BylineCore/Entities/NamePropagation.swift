/// Finds a person's name used alone where the tagger missed it: once "Lin Jian" is tagged, a
/// later or earlier capitalised "Lin" (or "Jian") standing by itself is the same name. A word
/// the document also writes in lowercase ("Will", "Rich") is never propagated. A one-word name
/// tagged otherwise that is such a part, and no known place, is taken for the person too; a
/// one-word "person" that opens a company's name in the document ("Ruch" after "Ruch SA",
/// not "Clinton" after "Clinton Foundation") is taken for the company.
enum NamePropagation {
    static func addPersonNameParts(_ spans: consuming [EntityTagger.Span], person: Int, organization: Int? = nil,
                                   doc: Document, profile: TokenProfile) -> [EntityTagger.Span] {
        // Taken, not copied: relabelling below then writes the caller's buffer, not a copy of it.
        var spans = consume spans
        // The words' hashes are keys already: a set would hash each again, once per token below.
        var parts = HashTable64<Bool>()
        var covered = [Bool](repeating: false, count: doc.tokens.count)
        for s in spans {
            for k in s.tokens { covered[k] = true }
            guard s.label == person, s.tokens.count >= 2 else { continue }
            for k in s.tokens where profile.flags[k].contains(.capitalized) && doc.tokens[k].length >= 2 {
                parts[profile.lower[k]] = true
            }
        }
        let places = Gazetteer.List.country.bit | Gazetteer.List.city.bit | Gazetteer.List.region.bit
        if let organization {
            var heads = HashTable64<Bool>()
            for s in spans where s.label == organization && s.tokens.count >= 2
                && companySuffixes.contains(profile.lower[s.tokens.upperBound - 1]) {
                let k = s.tokens.lowerBound
                if profile.flags[k].contains(.capitalized) && profile.gazetteer[4 * k] & places == 0
                    && !parts.contains(profile.lower[k]) { heads[profile.lower[k]] = true }
            }
            for i in spans.indices where spans[i].label == person && spans[i].tokens.count == 1
                && heads.contains(profile.lower[spans[i].tokens.lowerBound]) {
                spans[i].label = organization
            }
        }
        guard parts.count > 0 else { return spans }
        for i in spans.indices where spans[i].label != person && spans[i].tokens.count == 1 {
            let k = spans[i].tokens.lowerBound
            if parts.contains(profile.lower[k]) && profile.gazetteer[4 * k + 3] & places == 0 { spans[i].label = person }
        }
        var added: [EntityTagger.Span] = []
        for k in 0..<doc.tokens.count where !covered[k] && parts.contains(profile.lower[k]) {
            let f = profile.flags[k]
            guard f.contains(.capitalized), !f.contains(.docLowercase), !f.contains(.capsSentence) else { continue }
            if k > 0 && !covered[k - 1] && isCapitalizedWord(profile, k - 1) && !f.contains(.sentenceStart)
                && !profile.flags[k - 1].contains(.sentenceStart) { continue }
            if k + 1 < doc.tokens.count && isCapitalizedWord(profile, k + 1) { continue }
            added.append(EntityTagger.Span(tokens: k..<(k + 1), label: person))
        }
        guard !added.isEmpty else { return spans }
        // In place: on dense text the spans are megabytes, and a sum and a sorted copy of them
        // would be two more.
        spans.reserveCapacity(spans.count + added.count)
        spans.append(contentsOf: added)
        spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return spans
    }

    /// Last words that mark a company's full name ("Ruch SA", "Magna International").
    static let companySuffixes: Set<UInt64> = Set([
        "sa", "spa", "ag", "nv", "bv", "plc", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc",
        "gmbh", "ab", "asa", "as", "oy", "oyj", "kk", "bhd", "group", "holding", "holdings", "international",
        "corporation", "company", "limited", "industries", "motors", "airlines", "bank", "bancorp", "bancshares",
        "energy", "systems", "technologies", "pharmaceuticals", "communications", "partners", "capital", "sae",
    ].map { FeatureHash.string($0, lower: true) })

    private static func isCapitalizedWord(_ p: TokenProfile, _ k: Int) -> Bool {
        p.flags[k].contains(.capitalized) && p.flags[k].contains(.hasLetter)
    }
}
