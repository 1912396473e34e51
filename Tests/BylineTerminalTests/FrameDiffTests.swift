@testable import BylineTerminal
import BylineReader
import XCTest

final class FrameDiffTests: XCTestCase {
    private func buffer(_ lines: [String], width: Int) -> Buffer {
        var b = Buffer(width: width, height: lines.count)
        for (y, line) in lines.enumerated() {
            var x = 0
            for ch in line {
                if ch == "中" || ch == "文" {
                    b[x, y] = Cell(String(ch), width: 2)
                    b[x + 1, y] = .continuation
                    x += 2
                } else {
                    b[x, y] = Cell(String(ch))
                    x += 1
                }
            }
        }
        return b
    }

    private func positions(_ old: Buffer?, _ new: Buffer) -> [[Int]] {
        FrameDiff.changedCells(from: old, to: new).map { [$0.x, $0.y] }
    }

    func testFirstFrameDrawsEveryCellButContinuations() {
        let b = buffer(["ab", "中"], width: 2)
        XCTAssertEqual(positions(nil, b), [[0, 0], [1, 0], [0, 1]])
    }

    func testIdenticalFramesDrawNothing() {
        let b = buffer(["hello", "world"], width: 5)
        XCTAssertEqual(positions(b, b), [])
    }

    func testOnlyChangedCellsAreDrawn() {
        let old = buffer(["hello", "world"], width: 5)
        var new = old
        new[1, 0] = Cell("a")
        new[4, 1] = Cell("d", role: .uiSelection)
        XCTAssertEqual(positions(old, new), [[1, 0], [4, 1]])
    }

    func testAWideCharacterIsDrawnFromItsFirstCell() {
        let old = buffer(["a中b"], width: 4)
        let new = buffer(["a文b"], width: 4)
        XCTAssertEqual(positions(old, new), [[1, 0]])
    }

    func testNarrowCellsReplacingAWideOneAreAllDrawn() {
        let old = buffer(["中ab"], width: 4)
        let new = buffer(["xyab"], width: 4)
        XCTAssertEqual(positions(old, new), [[0, 0], [1, 0]])
    }

    func testAnOrphanContinuationIsDrawn() {
        var new = Buffer(width: 3, height: 1)
        new[0, 0] = .continuation
        XCTAssertEqual(positions(Buffer(width: 3, height: 1), new), [[0, 0]])
    }

    func testAResizedFrameIsDrawnWhole() {
        let old = buffer(["ab"], width: 2)
        let new = buffer(["ab", "cd"], width: 2)
        XCTAssertEqual(positions(old, new).count, 4)
    }
}
