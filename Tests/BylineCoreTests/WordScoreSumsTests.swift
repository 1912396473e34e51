import XCTest
@testable import BylineCore

/// The tagger reuses a word's summed weights from this store: a key must get back exactly
/// what was left for it, and a key that takes a slot over must start from zero sums.
final class WordScoreSumsTests: XCTestCase {
    func testAKeyGetsBackTheSumsLeftForIt() {
        let store = WordScoreSums(width: 5, keys: 40)
        let (first, found) = store.sums(for: 7)
        XCTAssertFalse(found)
        XCTAssertEqual((0..<5).map { first[$0] }, [0, 0, 0, 0, 0])
        for t in 0..<5 { first[t] = Int32(t * 10 - 20) }
        let (again, foundAgain) = store.sums(for: 7)
        XCTAssertTrue(foundAgain)
        XCTAssertEqual((0..<5).map { again[$0] }, [-20, -10, 0, 10, 20])
    }

    func testAKeyTakingASlotOverStartsFromZeroAndEvictsTheOther() throws {
        let store = WordScoreSums(width: 3, keys: 1)
        XCTAssertEqual(store.slotCount, 16, "the smallest store")
        var slotOf: [Int: UInt32] = [:]
        var pair: (UInt32, UInt32)?
        for key in UInt32(0)..<100 {
            let (sums, _) = store.sums(for: key)
            let address = Int(bitPattern: sums)
            if let other = slotOf[address] { pair = (other, key); break }
            slotOf[address] = key
        }
        let (a, b) = try XCTUnwrap(pair, "17 keys over 16 slots share one")
        let (sumsA, _) = store.sums(for: a)
        sumsA.update(repeating: 9, count: 3)
        let (sumsB, foundB) = store.sums(for: b)
        XCTAssertFalse(foundB)
        XCTAssertEqual((0..<3).map { sumsB[$0] }, [0, 0, 0])
        XCTAssertFalse(store.sums(for: a).found, "a's sums went with its slot")
    }

    func testTheStoreStaysBoundedWhateverTheKeys() {
        XCTAssertEqual(WordScoreSums(width: 17, keys: 10_000_000).slotCount, WordScoreSums.maxSlots)
        XCTAssertEqual(WordScoreSums(width: 17, keys: 1_000).slotCount, 1_024)
    }
}
