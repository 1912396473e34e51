/// A claim sentence reduced to what outlets keep when they retell it: content words
/// (lowercased, lightly stemmed, stop words and reporting verbs dropped), numbers as their
/// value ("10,000", "10 000"-free "10000", "ten thousand" and "10 thousand" are one token),
/// and whether the sentence is negated. Near-duplicate matching compares these, so two
/// wordings of one report meet while "10,000 troops" and "1,000 troops" stay apart.
/// Works on Unicode scalars and UTF-8 bytes; no `Character` is built.
public struct ClaimWords: Sendable, Equatable {
    /// The content words and numbers in reading order, each as a 64-bit hash.
    public var tokens: [UInt64]
    /// The numbers' values in canonical decimal form ("10000", "2.5"), sorted, without repeats.
    public var numbers: [String]
    /// True when the sentence says "not", "no", "never" or "…n't".
    public var negated: Bool

    public init(_ text: String) {
        var reader = ClaimWordReader()
        reader.read(text)
        tokens = reader.tokens
        numbers = reader.numbers.count < 2 ? reader.numbers : Array(Set(reader.numbers)).sorted()
        negated = reader.negated
    }

    /// Numbers hash apart from words, so "2024" the number never meets a word spelt the same.
    static func hash(number: String) -> UInt64 {
        var h = FeatureHash.offset
        for b in number.utf8 { h = FeatureHash.step(h, UInt32(b)) }
        return FeatureHash.mix(FeatureHash.mix(h) ^ 0x4E55_4D42_4552_5321)
    }
}
