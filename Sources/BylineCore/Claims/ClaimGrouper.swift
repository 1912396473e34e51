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
    /// LSH buckets as linked lists in flat arrays (no array per bucket): the last node of each
    /// band key, and per node its claim and the node before it in the same bucket (-1: none).
    private var heads: [UInt64: Int32] = [:]
    private var nodeClaim: [Int32] = []
    private var nodeNext: [Int32] = []
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
            var node = heads[key] ?? -1
            while node >= 0 {
                let o = Int(nodeClaim[Int(node)])
                node = nodeNext[Int(node)]
                if seen[o] == stamp { continue }
                seen[o] = stamp
                if !duplicate, fingerprints[o] == fingerprint { duplicate = true }
                if sets.find(o) == sets.find(index) { continue }
                verifications += 1
                if let theirs = fingerprints[o], theirs.matches(fingerprint) { sets.union(o, index) }
            }
        }
        // An exact duplicate of a claim already in the buckets would only ever meet the same
        // candidates with the same verdicts: it stays out, so copies never grow the buckets.
        if !duplicate {
            for key in keys {
                nodeClaim.append(Int32(index))
                nodeNext.append(heads[key] ?? -1)
                heads[key] = Int32(nodeClaim.count - 1)
            }
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
