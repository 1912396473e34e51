/// Spans sorted by start with a running maximum of their ends, so the spans overlapping one
/// screen line are found by binary search even when spans overlap or run over many lines.
public struct SpanIndex<Payload: Sendable>: Sendable {
    public struct Entry: Sendable {
        public let range: Range<Int>
        public let payload: Payload
    }

    public let entries: [Entry]
    private let maxEnds: [Int]

    public init(_ items: [(Range<Int>, Payload)]) {
        let sorted = items.filter { !$0.0.isEmpty }.sorted { $0.0.lowerBound < $1.0.lowerBound }
        entries = sorted.map { Entry(range: $0.0, payload: $0.1) }
        var m = Int.min
        maxEnds = entries.map { m = max(m, $0.range.upperBound); return m }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The entries overlapping `range`, in start order.
    public func overlapping(_ range: Range<Int>) -> ArraySlice<Entry> {
        var lo = 0, hi = maxEnds.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if maxEnds[mid] <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < entries.count && entries[end].range.lowerBound < max(range.upperBound, range.lowerBound + 1) {
            end += 1
        }
        return entries[lo..<end]
    }

    /// Calls `body` for each entry that overlaps `range`.
    public func forEach(overlapping range: Range<Int>, _ body: (Entry) -> Void) {
        for e in overlapping(range) where e.range.overlaps(range) || (range.isEmpty && e.range.contains(range.lowerBound)) {
            body(e)
        }
    }
}
