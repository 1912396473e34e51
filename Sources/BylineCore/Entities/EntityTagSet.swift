/// The BILOU tag set over the model's entity labels: O, then Begin, Inside, Last and Unit for
/// each label. BILOU beats BIO for linear models because single-token names (most of them)
/// get their own tag, and its transition rules make every decoded sequence well formed.
public struct EntityTagSet: Sendable, Equatable {
    public enum Position: Int, Sendable { case begin = 0, inside = 1, last = 2, unit = 3 }

    /// Entity labels of the model, as in its training data (e.g. PER, ORG, LOC, MISC).
    public let labels: [String]

    public init(labels: [String]) { self.labels = labels }

    public var count: Int { 1 + 4 * labels.count }

    public static let outside = 0

    @inline(__always)
    public func tag(_ label: Int, _ position: Position) -> Int { 1 + 4 * label + position.rawValue }

    @inline(__always)
    public func label(of tag: Int) -> Int { (tag - 1) / 4 }

    @inline(__always)
    public func position(of tag: Int) -> Position { Position(rawValue: (tag - 1) % 4)! }

    /// Whether `next` may follow `prev` in a well-formed BILOU sequence.
    public func allows(_ prev: Int, _ next: Int) -> Bool {
        let prevOpen = prev != 0 && (position(of: prev) == .begin || position(of: prev) == .inside)
        if prevOpen {
            guard next != 0 else { return false }
            let p = position(of: next)
            return (p == .inside || p == .last) && label(of: next) == label(of: prev)
        }
        if next == 0 { return true }
        let p = position(of: next)
        return p == .begin || p == .unit
    }

    /// Whether a sequence may start with `tag`.
    public func allowsStart(_ tag: Int) -> Bool {
        tag == 0 || position(of: tag) == .begin || position(of: tag) == .unit
    }

    /// Whether a sequence may end with `tag`.
    public func allowsEnd(_ tag: Int) -> Bool {
        tag == 0 || position(of: tag) == .last || position(of: tag) == .unit
    }

    /// BILOU tags for spans given as token ranges (relative to the sequence) with labels.
    public func encode(length: Int, spans: [(range: Range<Int>, label: Int)]) -> [Int] {
        var tags = [Int](repeating: 0, count: length)
        for (r, l) in spans where !r.isEmpty && r.upperBound <= length {
            if r.count == 1 {
                tags[r.lowerBound] = tag(l, .unit)
            } else {
                tags[r.lowerBound] = tag(l, .begin)
                for k in (r.lowerBound + 1)..<(r.upperBound - 1) { tags[k] = tag(l, .inside) }
                tags[r.upperBound - 1] = tag(l, .last)
            }
        }
        return tags
    }

    /// Token ranges with labels read back from a well-formed tag sequence.
    public func decode(_ tags: [Int]) -> [(range: Range<Int>, label: Int)] {
        var spans: [(range: Range<Int>, label: Int)] = []
        var start = -1
        for (k, t) in tags.enumerated() where t != 0 {
            switch position(of: t) {
            case .unit: spans.append((k..<(k + 1), label(of: t)))
            case .begin: start = k
            case .inside: break
            case .last:
                if start >= 0 { spans.append((start..<(k + 1), label(of: t))) }
                start = -1
            }
        }
        return spans
    }
}
