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

    func testBundledModelKeepsFewerRowsThanBuckets() throws {
        let model = try EntityResources.bundledModel()
        let weights = model.weights
        XCTAssertLessThan(model.rowCount, (1 << model.bucketBits) / 2)
        XCTAssertEqual(model.rowCount - 1, (0..<(1 << model.bucketBits)).count { bucket in
            weights[(bucket * 17)..<(bucket * 17 + 17)].contains { $0 != 0 }
        })
    }
}
