/// Groups the claims of many articles into "the same claim, reported several times", in
/// memory: each claim's band keys find earlier claims in the same LSH buckets, each candidate
/// is verified (`ClaimFingerprint.matches`), and matches are joined with union-find. Adding
/// is incremental and never compares all pairs; a candidate already in the claim's group is
/// not verified again, and an exact duplicate (same words, numbers and polarity) joins its
/// twin's group without entering the buckets, so a sentence repeated by a thousand articles
/// costs one verification per copy.
/// Fingerprints are kept flat (all shingles in one array, numbers as hashes in another), so
/// verifying a candidate is a merge over two slices with no reference counting.
/// Deterministic: the same claims added in the same order give the same groups and ids.
public struct ClaimGrouper: Sendable {
    private var documents: [Int] = []
    /// Claim i's shingles are `shingles[start[i]..<start[i + 1]]`, its numbers' hashes
    /// `numbers[numberStart[i]..<numberStart[i + 1]]` (both sorted); nil fingerprints are empty.
    private var shingles: [UInt64] = []
    private var start: [Int32] = [0]
    private var numbers: [UInt64] = []
    private var numberStart: [Int32] = [0]
    private var negated: [Bool] = []
    /// LSH buckets as linked lists in flat arrays (no array per bucket): the last node of each
    /// band key, and per node its claim and the node before it in the same bucket (-1: none).
    private var heads = KeyTable(capacity: 1 << 14)
    private var nodeClaim: [Int32] = []
    private var nodeNext: [Int32] = []
    private var sets = UnionFind()
    private var seen: [Int32] = []
    private var stamp: Int32 = 0
    private var keys: [UInt64] = []
    private var scratch: [UInt64] = []
    /// Candidate pairs proposed by LSH and verified, for benchmarks.
    public private(set) var verifications = 0

    public init() {}

    public var count: Int { documents.count }

    /// Adds a claim of article `document`; returns its index. A nil fingerprint (a sentence
    /// too short to match) still gets an index, in a group of its own.
    @discardableResult
    public mutating func add(document: Int, _ fingerprint: ClaimFingerprint?) -> Int {
        let index = sets.add()
        documents.append(document)
        seen.append(0)
        guard let fingerprint else {
            start.append(Int32(shingles.count))
            numberStart.append(Int32(numbers.count))
            negated.append(false)
            return index
        }
        shingles.append(contentsOf: fingerprint.shingles)
        start.append(Int32(shingles.count))
        if !fingerprint.numbers.isEmpty {
            numbers.append(contentsOf: fingerprint.numbers.map(ClaimWords.hash(number:)).sorted())
        }
        numberStart.append(Int32(numbers.count))
        negated.append(fingerprint.negated)
        MinHash.standard.bandKeys(of: fingerprint.shingles, into: &keys, scratch: &scratch)

        stamp &+= 1
        var duplicate = false
        for key in keys {
            var node = heads[key] ?? -1
            while node >= 0 {
                let o = Int(nodeClaim[Int(node)])
                node = nodeNext[Int(node)]
                if seen[o] == stamp { continue }
                seen[o] = stamp
                if !duplicate, same(o, index) { duplicate = true }
                if sets.find(o) == sets.find(index) { continue }
                verifications += 1
                if matches(o, index) { sets.union(o, index) }
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
        var slot = [Int32](repeating: -1, count: count)
        var lists: [[Int]] = []
        for i in 0..<count {
            let root = sets.find(i)
            if slot[root] < 0 {
                slot[root] = Int32(lists.count)
                lists.append([])
            }
            lists[Int(slot[root])].append(i)
        }
        return lists.filter { list in
            list.count >= minimumDocuments && Set(list.map { documents[$0] }).count >= minimumDocuments
        }
    }

    // MARK: flat fingerprints

    private func range(_ i: Int) -> Range<Int> { Int(start[i])..<Int(start[i + 1]) }

    private func numberRange(_ i: Int) -> Range<Int> { Int(numberStart[i])..<Int(numberStart[i + 1]) }

    /// Same shingles, numbers and polarity: an exact duplicate.
    private func same(_ a: Int, _ b: Int) -> Bool {
        negated[a] == negated[b] && shingles[range(a)] == shingles[range(b)] && numbers[numberRange(a)] == numbers[numberRange(b)]
    }

    /// `ClaimFingerprint.matches` on the flat arrays.
    private func matches(_ a: Int, _ b: Int) -> Bool {
        guard negated[a] == negated[b] else { return false }
        let ra = range(a), rb = range(b)
        // Jaccard is at most the smaller set's size over the larger's.
        let (small, large) = ra.count <= rb.count ? (ra.count, rb.count) : (rb.count, ra.count)
        guard Double(small) >= ClaimFingerprint.threshold * Double(large) else { return false }
        guard numbersAgree(numberRange(a), numberRange(b)) else { return false }
        return shingles.withUnsafeBufferPointer { s in
            ClaimFingerprint.jaccard(UnsafeBufferPointer(rebasing: s[ra]), UnsafeBufferPointer(rebasing: s[rb]))
        } >= ClaimFingerprint.threshold
    }

    /// The numbers of the one with fewer are all among the other's (both sorted).
    private func numbersAgree(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let (few, many) = a.count <= b.count ? (a, b) : (b, a)
        if few.isEmpty { return true }
        var j = many.lowerBound
        for i in few {
            while j < many.upperBound, numbers[j] < numbers[i] { j += 1 }
            if j == many.upperBound || numbers[j] != numbers[i] { return false }
            j += 1
        }
        return true
    }
}
