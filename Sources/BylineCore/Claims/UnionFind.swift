/// Disjoint sets over 0..<n with path halving and union by size: the groups that matching
/// pairs chain into (A~B and B~C put A, B and C in one group even when A and C differ more).
public struct UnionFind: Sendable {
    private var parent: [Int32] = []
    private var size: [Int32] = []

    public init() {}

    public var count: Int { parent.count }

    /// Adds a set of its own and returns its element.
    @discardableResult
    public mutating func add() -> Int {
        parent.append(Int32(parent.count))
        size.append(1)
        return parent.count - 1
    }

    public mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }

    public mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
    }
}
