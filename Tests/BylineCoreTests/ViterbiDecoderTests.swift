import XCTest
@testable import BylineCore
import BylineFuzz

/// The decoder's four-label path (sixteen tags at once plus the last) must find exactly the
/// path of the plain predecessor-by-predecessor search, ties included: the recogniser's output
/// depends on it token for token.
final class ViterbiDecoderTests: XCTestCase {
    /// The textbook search: for each token and tag, the allowed predecessors in ascending
    /// order, the first best one kept.
    private func reference(_ tags: EntityTagSet, scores: [Float], length: Int, transitions: [Float]) -> [Int] {
        let n = tags.count
        var best = [Float](repeating: -.infinity, count: length * n)
        var back = [Int](repeating: 0, count: length * n)
        for t in 0..<n where tags.allowsStart(t) { best[t] = scores[t] }
        for k in 1..<max(1, length) {
            for b in 0..<n {
                var top = -Float.infinity, arg = 0
                for a in 0..<n where tags.allows(a, b) {
                    let v = best[(k - 1) * n + a] + transitions[a * n + b]
                    if v > top { top = v; arg = a }
                }
                best[k * n + b] = top + scores[k * n + b]
                back[k * n + b] = arg
            }
        }
        var last = 0, top = -Float.infinity
        for t in 0..<n where tags.allowsEnd(t) && best[(length - 1) * n + t] > top {
            top = best[(length - 1) * n + t]
            last = t
        }
        var path = [Int](repeating: 0, count: length)
        path[length - 1] = last
        for k in stride(from: length - 1, to: 0, by: -1) { path[k - 1] = back[k * n + path[k]] }
        return path
    }

    private func check(labels: [String], cases: Int) {
        let tags = EntityTagSet(labels: labels)
        let n = tags.count
        let decoder = ViterbiDecoder(tags: tags)
        var rng = FuzzRandom(seed: 13)
        for c in 0..<cases {
            let length = Int.random(in: 1...40, using: &rng)
            // Half-unit steps make many ties, which must break the same way.
            let scores = (0..<(length * n)).map { _ in Float(Int.random(in: -6...6, using: &rng)) / 2 }
            let transitions = (0..<(n * n)).map { _ in Float(Int.random(in: -4...4, using: &rng)) / 2 }
            XCTAssertEqual(decoder.decode(scores: scores, length: length, transitions: transitions),
                           reference(tags, scores: scores, length: length, transitions: transitions), "case \(c)")
        }
    }

    func testFourLabelsMatchTheReferenceSearch() {
        check(labels: ["PER", "ORG", "LOC", "MISC"], cases: 400)
    }

    func testOtherLabelCountsMatchTheReferenceSearch() {
        check(labels: ["PER", "ORG"], cases: 100)
        check(labels: ["PER", "ORG", "LOC", "MISC", "EVENT"], cases: 100)
    }

    func testRealValuedScoresMatchTheReferenceSearch() {
        let tags = EntityTagSet(labels: ["PER", "ORG", "LOC", "MISC"])
        let n = tags.count
        var rng = FuzzRandom(seed: 7)
        for c in 0..<100 {
            let length = Int.random(in: 1...60, using: &rng)
            let scores = (0..<(length * n)).map { _ in Float.random(in: -8...8, using: &rng) }
            let transitions = (0..<(n * n)).map { _ in Float.random(in: -3...3, using: &rng) }
            XCTAssertEqual(ViterbiDecoder(tags: tags).decode(scores: scores, length: length, transitions: transitions),
                           reference(tags, scores: scores, length: length, transitions: transitions), "case \(c)")
        }
    }
}
