/// Headlines in capitals or in Title Case capitalise ordinary words ("Only 24 Percent of Clinton’s
/// Contributors Are Small Donors"), which look like names to the tagger. In such a sentence a
/// candidate none of whose words is capitalised elsewhere in the document, and some of whose
/// words appear there in lowercase, is taken for ordinary words rather than a name.
struct HeadlineCase {
    let profile: TokenProfile
    /// Lowercased word → how it is cased in ordinary sentences (bit 0 capitalised, bit 1 lowercase).
    private var casing = HashTable64<UInt8>()

    init(profile: TokenProfile) {
        self.profile = profile
        guard profile.flags.contains(where: { !$0.isDisjoint(with: [.titleCaseSentence, .capsSentence]) }) else { return }
        let headline: TokenProfile.Flags = [.sentenceStart, .capsSentence, .titleCaseSentence]
        for k in 0..<profile.count where profile.flags[k].contains(.hasLetter) && profile.flags[k].isDisjoint(with: headline) {
            casing[profile.lower[k]] = (casing[profile.lower[k]] ?? 0) | (profile.flags[k].contains(.capitalized) ? 1 : 2)
        }
    }

    func isCommonWords(_ tokens: Range<Int>) -> Bool {
        guard let first = tokens.first, !profile.flags[first].isDisjoint(with: [.titleCaseSentence, .capsSentence]) else {
            return false
        }
        var lowercaseElsewhere = false
        for k in tokens {
            let c = casing[profile.lower[k]] ?? 0
            if c & 1 != 0 { return false }
            if c & 2 != 0 { lowercaseElsewhere = true }
        }
        return lowercaseElsewhere
    }
}
