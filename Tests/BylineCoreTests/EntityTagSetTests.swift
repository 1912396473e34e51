import XCTest
@testable import BylineCore

/// BILOU tags: encoding, decoding and the transition rules the decoder obeys.
final class EntityTagSetTests: XCTestCase {
    let tags = EntityTagSet(labels: ["PER", "ORG", "LOC", "MISC"])

    func testEncodeDecodeRoundTrip() {
        let spans: [(range: Range<Int>, label: Int)] = [(0..<2, 0), (3..<4, 2), (5..<8, 1)]
        let encoded = tags.encode(length: 9, spans: spans)
        XCTAssertEqual(encoded, [1, 3, 0, 12, 0, 5, 6, 7, 0])
        let decoded = tags.decode(encoded)
        XCTAssertEqual(decoded.map(\.range), [0..<2, 3..<4, 5..<8])
        XCTAssertEqual(decoded.map(\.label), [0, 2, 1])
    }

    func testTransitionRules() {
        let bPer = tags.tag(0, .begin), iPer = tags.tag(0, .inside), lPer = tags.tag(0, .last)
        let lOrg = tags.tag(1, .last), uLoc = tags.tag(2, .unit)
        XCTAssertTrue(tags.allows(bPer, iPer))
        XCTAssertTrue(tags.allows(bPer, lPer))
        XCTAssertFalse(tags.allows(bPer, lOrg))
        XCTAssertFalse(tags.allows(bPer, 0))
        XCTAssertFalse(tags.allows(0, lPer))
        XCTAssertTrue(tags.allows(lPer, uLoc))
        XCTAssertFalse(tags.allowsStart(iPer))
        XCTAssertFalse(tags.allowsEnd(bPer))
    }

    func testViterbiNeverProducesABrokenSequence() {
        let n = tags.count
        var scores = [Float](repeating: 0, count: 3 * n)
        scores[0 * n + tags.tag(0, .inside)] = 10   // an inside tag first: forbidden
        scores[1 * n + tags.tag(1, .last)] = 10
        scores[2 * n + 0] = 1
        let path = ViterbiDecoder(tags: tags).decode(scores: scores, length: 3, transitions: [Float](repeating: 0, count: n * n))
        XCTAssertTrue(tags.allowsStart(path[0]))
        XCTAssertTrue(tags.allows(path[0], path[1]))
        XCTAssertTrue(tags.allows(path[1], path[2]))
        XCTAssertTrue(tags.allowsEnd(path[2]))
        XCTAssertEqual(path, [tags.tag(1, .begin), tags.tag(1, .last), 0])
    }
}
