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
        if length > 1 {
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
}
