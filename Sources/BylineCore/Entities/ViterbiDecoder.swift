/// Finds the best well-formed BILOU tag sequence for one sentence from per-token tag scores
/// and transition weights (first-order Viterbi; forbidden transitions are never taken).
public struct ViterbiDecoder: Sendable {
    public let tags: EntityTagSet
    /// For each tag, the tags allowed before it, flattened: `predecessors[predecessorStart[b]..<predecessorStart[b+1]]`.
    private let predecessors: [Int]
    private let predecessorStart: [Int]
    private let startAllowed: [Bool]
    private let endAllowed: [Bool]

    public init(tags: EntityTagSet) {
        self.tags = tags
        let n = tags.count
        var predecessors: [Int] = []
        var predecessorStart = [0]
        for b in 0..<n {
            for a in 0..<n where tags.allows(a, b) { predecessors.append(a) }
            predecessorStart.append(predecessors.count)
        }
        self.predecessors = predecessors
        self.predecessorStart = predecessorStart
        startAllowed = (0..<n).map { tags.allowsStart($0) }
        endAllowed = (0..<n).map { tags.allowsEnd($0) }
    }

    /// `scores` holds `length × tags.count` emission scores; returns one tag per token.
    public func decode(scores: [Float], length: Int, transitions: [Float]) -> [Int] {
        let n = tags.count
        guard length > 0 else { return [] }
        var best = [Float](repeating: -.infinity, count: length * n)
        var back = [Int32](repeating: 0, count: length * n)
        for t in 0..<n where startAllowed[t] { best[t] = scores[t] }
        if length > 1 && n == 17 {
            best.withUnsafeMutableBufferPointer { best in
                back.withUnsafeMutableBufferPointer { back in
                    scores.withUnsafeBufferPointer { scores in
                        decode17(scores, length: length, transitions: transitions, best: best, back: back)
                    }
                }
            }
        } else if length > 1 {
            // Raw buffers: this inner loop runs tokens × tags × predecessors times, and the
            // checked array accesses cost more than the arithmetic.
            best.withUnsafeMutableBufferPointer { best in
                back.withUnsafeMutableBufferPointer { back in
                    scores.withUnsafeBufferPointer { scores in
                        transitions.withUnsafeBufferPointer { transitions in
                            predecessors.withUnsafeBufferPointer { predecessors in
                                predecessorStart.withUnsafeBufferPointer { predecessorStart in
                                    for k in 1..<length {
                                        let cur = k * n, prev = (k - 1) * n
                                        for b in 0..<n {
                                            var top = -Float.infinity
                                            var arg: Int32 = 0
                                            for p in predecessorStart[b]..<predecessorStart[b + 1] {
                                                let a = predecessors[p]
                                                let v = best[prev + a] + transitions[a * n + b]
                                                if v > top { top = v; arg = Int32(truncatingIfNeeded: a) }
                                            }
                                            best[cur + b] = top + scores[cur + b]
                                            back[cur + b] = arg
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var last = 0
        var top = -Float.infinity
        let base = (length - 1) * n
        for t in 0..<n where endAllowed[t] && best[base + t] > top {
            top = best[base + t]
            last = t
        }
        var path = [Int](repeating: 0, count: length)
        path[length - 1] = last
        var k = length - 1
        while k > 0 {
            path[k - 1] = Int(back[k * n + path[k]])
            k -= 1
        }
        return path
    }

    /// The common case of four labels (17 tags). BILOU leaves little to search: O, Begin and
    /// Unit tags may only follow O, Last or Unit (9 × 9 pairs, all allowed), and Inside and
    /// Last only the Begin or Inside of their own label (2 each). The first block runs over
    /// eight Begin/Unit lanes at once plus O, the second as scalars. Predecessors are tried in
    /// ascending order with a strict comparison, from -infinity and tag 0, as in the general
    /// loop: the same path, ties included.
    /// With four labels, the predecessors of the O, Begin and Unit tags in ascending order:
    /// O, then the Last and Unit of each label.
    private static let closed = [0, 3, 4, 7, 8, 11, 12, 15, 16]
    /// The Begin and Unit tags of the four labels, one per lane.
    private static let openers = [1, 4, 5, 8, 9, 12, 13, 16]

    private func decode17(_ scores: UnsafeBufferPointer<Float>, length: Int, transitions: [Float],
                          best: UnsafeMutableBufferPointer<Float>, back: UnsafeMutableBufferPointer<Int32>) {
        let n = 17
        let closed = Self.closed, openers = Self.openers
        var rows = [SIMD8<Float>](repeating: .zero, count: closed.count)
        var toOutside = [Float](repeating: 0, count: closed.count)
        for (i, a) in closed.enumerated() {
            for (lane, b) in openers.enumerated() { rows[i][lane] = transitions[a * n + b] }
            toOutside[i] = transitions[a * n]
        }
        var stay = [Float](repeating: 0, count: 4 * 4)
        for l in 0..<4 {
            let b = 1 + 4 * l, i = 2 + 4 * l, last = 3 + 4 * l
            stay[4 * l] = transitions[b * n + i]
            stay[4 * l + 1] = transitions[i * n + i]
            stay[4 * l + 2] = transitions[b * n + last]
            stay[4 * l + 3] = transitions[i * n + last]
        }
        for k in 1..<length {
            let cur = k * n, prev = (k - 1) * n
            var top = SIMD8<Float>(repeating: -.infinity)
            var arg = SIMD8<Int32>(repeating: 0)
            var topO = -Float.infinity
            var argO: Int32 = 0
            for i in 0..<closed.count {
                let a = closed[i]
                let from = best[prev + a]
                let v = SIMD8<Float>(repeating: from) + rows[i]
                let wins = v .> top
                top.replace(with: v, where: wins)
                arg.replace(with: Int32(truncatingIfNeeded: a), where: wins)
                let vO = from + toOutside[i]
                if vO > topO { topO = vO; argO = Int32(truncatingIfNeeded: a) }
            }
            best[cur] = topO + scores[cur]
            back[cur] = argO
            for (lane, b) in openers.enumerated() {
                best[cur + b] = top[lane] + scores[cur + b]
                back[cur + b] = arg[lane]
            }
            for l in 0..<4 {
                let b = 1 + 4 * l, i = 2 + 4 * l, last = 3 + 4 * l
                let fromB = best[prev + b], fromI = best[prev + i]
                var t = -Float.infinity, g: Int32 = 0
                if fromB + stay[4 * l] > t { t = fromB + stay[4 * l]; g = Int32(b) }
                if fromI + stay[4 * l + 1] > t { t = fromI + stay[4 * l + 1]; g = Int32(i) }
                best[cur + i] = t + scores[cur + i]
                back[cur + i] = g
                t = -Float.infinity; g = 0
                if fromB + stay[4 * l + 2] > t { t = fromB + stay[4 * l + 2]; g = Int32(b) }
                if fromI + stay[4 * l + 3] > t { t = fromI + stay[4 * l + 3]; g = Int32(i) }
                best[cur + last] = t + scores[cur + last]
                back[cur + last] = g
            }
        }
    }
}
