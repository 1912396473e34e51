/// What near-duplicate matching keeps of one claim sentence: its word shingles (single
/// normalised words and numbers, see `ClaimWords`), its numbers and its polarity. Two
/// fingerprints match when their shingle sets have a Jaccard similarity of at least
/// `threshold` (one half), their polarity agrees, and the numbers of one are all among the other's: so
/// "over 10,000 troops" matches "more than 10,000 soldiers … in 2024" but never
/// "over 1,000 troops". Single words rather than word pairs, because outlets retelling a
/// report reorder it ("10,000 North Korean troops" / "North Korea … 10,000 troops") and
/// pairs would cut the similarity of such a retelling to a third.
public struct ClaimFingerprint: Sendable, Equatable {
    /// Bump when the words, the shingles or the hashing change: stored fingerprints of
    /// another version are rebuilt.
    public static let version = "claims/2"
    /// Jaccard similarity from which two claims are one.
    public static let threshold = 0.5
    /// Sentences with fewer distinct shingles are too short to tell apart and never group.
    public static let minimumShingles = 5

    /// Distinct shingle hashes, sorted.
    public var shingles: [UInt64]
    /// Canonical numbers, sorted (see `ClaimWords.numbers`).
    public var numbers: [String]
    public var negated: Bool

    public init(shingles: [UInt64], numbers: [String], negated: Bool) {
        self.shingles = shingles
        self.numbers = numbers
        self.negated = negated
    }

    /// The fingerprint of a sentence; nil when it has too few content words to match anything.
    public init?(text: String) {
        let words = ClaimWords(text)
        var set = words.tokens.sorted()
        var kept = 0
        for i in set.indices where kept == 0 || set[kept - 1] != set[i] {
            set[kept] = set[i]
            kept += 1
        }
        set.removeLast(set.count - kept)
        guard set.count >= Self.minimumShingles else { return nil }
        self.init(shingles: set, numbers: words.numbers, negated: words.negated)
    }

    /// |A ∩ B| / |A ∪ B| of the shingle sets, by a merge of the sorted arrays.
    public func jaccard(_ other: ClaimFingerprint) -> Double {
        shingles.withUnsafeBufferPointer { a in other.shingles.withUnsafeBufferPointer { b in Self.jaccard(a, b) } }
    }

    /// Jaccard similarity of two sorted arrays without repeats, by a merge count.
    static func jaccard(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>) -> Double {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            if x == y { common += 1 }
            if x <= y { i += 1 }
            if y <= x { j += 1 }
        }
        let union = a.count + b.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    /// True when the numbers of the one with fewer are all among the other's.
    public func numbersAgree(with other: ClaimFingerprint) -> Bool {
        let (few, many) = numbers.count <= other.numbers.count ? (numbers, other.numbers) : (other.numbers, numbers)
        return few.allSatisfy { many.contains($0) }
    }

    /// The verification of a candidate pair that LSH proposed.
    public func matches(_ other: ClaimFingerprint) -> Bool {
        negated == other.negated && numbersAgree(with: other) && jaccard(other) >= Self.threshold
    }

    /// The LSH band keys of this fingerprint's MinHash signature (`MinHash.standard`).
    public var bandKeys: [UInt64] { MinHash.standard.bandKeys(of: shingles) }
}
