/// Groups the claims of many articles into "the same claim, reported several times", in
/// memory: each claim's band keys find earlier claims in the same LSH buckets, each candidate
/// is verified (`ClaimFingerprint.matches`), and matches are joined with union-find. Adding
/// is incremental and never compares all pairs; a candidate already in the claim's group is
/// not verified again, and an exact duplicate (same words, numbers and polarity) joins its
/// twin's group without entering the buckets, so a sentence repeated by a thousand articles
/// costs one verification per copy.
/// Deterministic: the same claims added in the same order give the same groups and ids.
public struct ClaimGrouper: Sendable {
    private var fingerprints: [ClaimFingerprint?] = []
    private var documents: [Int] = []
    private var buckets: [UInt64: [Int32]] = [:]
    private var sets = UnionFind()
    private var seen: [Int32] = []
    private var stamp: Int32 = 0
    /// Candidate pairs proposed by LSH and verified, for benchmarks.
    public private(set) var verifications = 0

    public init() {}

    public var count: Int { fingerprints.count }

    /// Adds a claim of article `document`; returns its index. A nil fingerprint (a sentence
    /// too short to match) still gets an index, in a group of its own.
    @discardableResult
    public mutating func add(document: Int, _ fingerprint: ClaimFingerprint?) -> Int {
        let index = sets.add()
        fingerprints.append(fingerprint)
        documents.append(document)
        seen.append(0)
        guard let fingerprint else { return index }
        stamp &+= 1
        var duplicate = false
        let keys = fingerprint.bandKeys
        for key in keys {
            guard let bucket = buckets[key] else { continue }
            for other in bucket where seen[Int(other)] != stamp {
                seen[Int(other)] = stamp
                let o = Int(other)
                if !duplicate, fingerprints[o] == fingerprint { duplicate = true }
                if sets.find(o) == sets.find(index) { continue }
                verifications += 1
                if let theirs = fingerprints[o], theirs.matches(fingerprint) { sets.union(o, index) }
            }
        }
        // An exact duplicate of a claim already in the buckets would only ever meet the same
        // candidates with the same verdicts: it stays out, so copies never grow the buckets.
        if !duplicate {
            for key in keys { buckets[key, default: []].append(Int32(index)) }
        }
        return index
    }

    /// The groups of claims from at least `minimumDocuments` different articles, each a list
    /// of claim indices in the order they were added; groups ordered by their first claim.
    public mutating func groups(minimumDocuments: Int = 2) -> [[Int]] {
        var members: [Int: [Int]] = [:]
        var roots: [Int] = []
        for i in 0..<count {
            let root = sets.find(i)
            if members[root] == nil { roots.append(root) }
            members[root, default: []].append(i)
        }
        return roots.compactMap { root in
            let list = members[root]!
            return Set(list.map { documents[$0] }).count >= minimumDocuments ? list : nil
        }
    }
}
