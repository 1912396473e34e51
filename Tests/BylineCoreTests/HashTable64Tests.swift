import XCTest
@testable import BylineCore

/// The recogniser's hash map: what goes in comes back, through growth and collisions.
final class HashTable64Tests: XCTestCase {
    func testValuesSurviveGrowthAndCollidingKeys() {
        var table = HashTable64<UInt16>(capacity: 4)
        // Keys that share their low bits land in the same slot and must probe past each other.
        let keys = (0..<3_000).map { UInt64($0) << 40 | UInt64($0 % 7) }
        for (i, k) in keys.enumerated() { table[k] = UInt16(i) }
        XCTAssertEqual(table.count, keys.count)
        for (i, k) in keys.enumerated() { XCTAssertEqual(table[k], UInt16(i)) }
        XCTAssertNil(table[UInt64(5_000) << 40])
        XCTAssertFalse(table.contains(UInt64(3_001) << 40 | 1))
    }

    func testOverwritingKeepsOneEntryAndZeroIsAKey() {
        var table = HashTable64<Bool>()
        XCTAssertNil(table[0])
        table[0] = false
        table[0] = true
        table[42] = false
        XCTAssertEqual(table.count, 2)
        XCTAssertEqual(table[0], true)
        XCTAssertEqual(table[42], false)
        table[42] = nil
        XCTAssertEqual(table[42], false, "assigning nil removes nothing")
    }
}
