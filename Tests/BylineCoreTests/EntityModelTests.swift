import XCTest
@testable import BylineCore

/// The model keeps each non-zero row once behind a bucket index: scores and the flat table
/// read back from it must be exactly those of the flat weights it was built from.
final class EntityModelTests: XCTestCase {
    private func flatModel() -> (EntityModel, [Int16]) {
        let tags = EntityTagSet(labels: ["PER", "ORG", "LOC", "MISC"])
        let bits = 6
        var weights = [Int16](repeating: 0, count: (1 << bits) * tags.count)
        for bucket in [3, 17, 40, 63] {
            for t in 0..<tags.count { weights[bucket * tags.count + t] = Int16(bucket * 100 + t) - 900 }
        }
        weights[5 * tags.count + 16] = 7
        let model = EntityModel(tags: tags, bucketBits: bits, weights: weights, scale: 0.5,
                                transitions: [Float](repeating: 0, count: tags.count * tags.count))
        return (model, weights)
    }

    func testOnlyNonZeroRowsAreStoredAndTheFlatTableReadsBack() {
        let (model, weights) = flatModel()
        XCTAssertEqual(model.rowCount, 1 + 5, "the zero row and five non-zero rows")
        XCTAssertEqual(model.weights, weights)
    }

    func testScoresAreTheSumsOfTheFlatRows() {
        let (model, weights) = flatModel()
        let n = model.tags.count
        let features: [UInt64] = [3, 17, 17, 5, 2, 64 + 40, 63]
        var scores = [Float](repeating: 0, count: n)
        model.setScores(features[...], into: &scores, at: 0)
        for t in 0..<n {
            let sum = features.reduce(0) { $0 + Int(weights[Int($1 & model.bucketMask) * n + t]) }
            XCTAssertEqual(scores[t], Float(sum) * 0.5, "tag \(t)")
        }
    }

    /// Weights at the ends of the 16-bit range, negative in odd and even tags alike, summed
    /// many times over: each tag's sum must come out whole and in its own place.
    func testExtremeWeightsSumExactlyIntoTheirTags() {
        let tags = EntityTagSet(labels: ["PER", "ORG", "LOC", "MISC"])
        let n = tags.count, bits = 4
        var weights = [Int16](repeating: 0, count: (1 << bits) * n)
        let extremes: [Int16] = [.min, .max, -1, 1, -32767, 0x7F00, -0x0100, 0x00FF]
        for bucket in 1..<(1 << bits) {
            for t in 0..<n { weights[bucket * n + t] = extremes[(bucket + t) % extremes.count] }
        }
        let model = EntityModel(tags: tags, bucketBits: bits, weights: weights, scale: 0.25,
                                transitions: [Float](repeating: 0, count: n * n))
        let features = (0..<120).map { UInt64($0 * 7 % 16) }
        var scores = [Float](repeating: -1, count: 3 * n)
        model.setScores(features[...], into: &scores, at: n)
        for t in 0..<n {
            let sum = features.reduce(0) { $0 + Int(weights[Int($1) * n + t]) }
            XCTAssertEqual(scores[n + t], Float(sum) * 0.25, "tag \(t)")
            XCTAssertEqual(scores[t], -1, "before the offset, untouched")
            XCTAssertEqual(scores[2 * n + t], -1, "after the row, untouched")
        }
    }

    /// The tagger adds a word's kept sums to its context rows: rows added in two groups, the
    /// first group's sums kept aside, must give exactly the scores of adding them all at once.
    func testRowsAddedInGroupsGiveTheScoresOfAllAtOnce() {
        for labels in [["PER", "ORG", "LOC", "MISC"], ["PER", "ORG"]] {
            let tags = EntityTagSet(labels: labels)
            let n = tags.count, bits = 5
            var weights = [Int16](repeating: 0, count: (1 << bits) * n)
            for i in weights.indices { weights[i] = Int16(truncatingIfNeeded: (i * 7919) % 65_521 - 32_760) }
            let model = EntityModel(tags: tags, bucketBits: bits, weights: weights, scale: 0.125,
                                    transitions: [Float](repeating: 0, count: n * n))
            let features = (0..<60).map { UInt64($0 * 13 % 32) }
            var whole = [Float](repeating: 0, count: n), grouped = [Float](repeating: 0, count: n)
            model.setScores(features[...], into: &whole, at: 0)
            var kept = [Int32](repeating: 0, count: n), sums = [Int32](repeating: 0, count: n)
            kept.withUnsafeMutableBufferPointer { kept in
                features[..<25].withUnsafeBufferPointer { model.addRows($0, to: kept.baseAddress!) }
                sums.withUnsafeMutableBufferPointer { sums in
                    sums.baseAddress!.update(from: kept.baseAddress!, count: n)
                    features[25...].withUnsafeBufferPointer { model.addRows($0, to: sums.baseAddress!) }
                    model.setScores(sums: sums.baseAddress!, into: &grouped, at: 0)
                }
            }
            XCTAssertEqual(grouped, whole, "\(n) tags")
            XCTAssertNotEqual(kept, [Int32](repeating: 0, count: n))
        }
    }

    /// Beyond 65,536 rows a row number no longer fits 16 bits: the index widens, and reading
    /// back and scoring must be as exact as with a small model, for any number of tags.
    func testModelsWithMoreRowsThan16BitsScoreExactly() {
        for labels in [["PER", "ORG", "LOC", "MISC"], ["PER", "ORG"]] {
            let tags = EntityTagSet(labels: labels)
            let n = tags.count, bits = 17
            var weights = [Int16](repeating: 0, count: (1 << bits) * n)
            for bucket in 0..<70_000 {
                for t in 0..<n { weights[bucket * n + t] = Int16(truncatingIfNeeded: bucket &* 31 &+ t &* 977) | 1 }
            }
            let model = EntityModel(tags: tags, bucketBits: bits, weights: weights, scale: 0.5,
                                    transitions: [Float](repeating: 0, count: n * n))
            XCTAssertEqual(model.rowCount, 70_001)
            XCTAssertEqual(model.weights, weights, "\(n) tags")
            let features: [UInt64] = [0, 69_999, 65_535, 65_536, 68_000, 100_000, 1, 69_999]
            var scores = [Float](repeating: 0, count: n)
            model.setScores(features[...], into: &scores, at: 0)
            for t in 0..<n {
                let sum = features.reduce(0) { $0 + Int(weights[Int($1) * n + t]) }
                XCTAssertEqual(scores[t], Float(sum) * 0.5, "\(n) tags, tag \(t)")
            }
        }
    }

    func testBundledModelKeepsFewerRowsThanBuckets() throws {
        let model = try EntityResources.bundledModel()
        let weights = model.weights
        XCTAssertLessThan(model.rowCount, (1 << model.bucketBits) / 2)
        XCTAssertEqual(model.rowCount - 1, (0..<(1 << model.bucketBits)).count { bucket in
            weights[(bucket * 17)..<(bucket * 17 + 17)].contains { $0 != 0 }
        })
    }
}
