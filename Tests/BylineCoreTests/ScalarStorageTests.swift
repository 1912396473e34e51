import XCTest
@testable import BylineCore

/// The compact scalar storage reads back exactly the scalars of its text, at every offset,
/// in the narrowest width that holds them.
final class ScalarStorageTests: XCTestCase {
    private func assertSame(_ text: String, unitSize: Int, sideTable: Int = 0,
                            file: StaticString = #filePath, line: UInt = #line) {
        let storage = ScalarStorage(text)
        let expected = Array(text.unicodeScalars)
        XCTAssertEqual(storage.unitSize, unitSize, "unit size", file: file, line: line)
        XCTAssertEqual(storage.sideTableCount, sideTable, "side table", file: file, line: line)
        XCTAssertEqual(storage.count, expected.count, file: file, line: line)
        XCTAssertEqual(Array(storage), expected, file: file, line: line)
        storage.withUnsafeScalars { view in
            XCTAssertEqual(view.count, expected.count, file: file, line: line)
            XCTAssertEqual((0..<view.count).map { view[$0] }, expected, file: file, line: line)
        }
        for start in 0...expected.count {
            for end in start...expected.count {
                XCTAssertEqual(storage.string(start, end), String(String.UnicodeScalarView(expected[start..<end])),
                               "\(start)..<\(end)", file: file, line: line)
            }
        }
    }

    func testEmptyAndASCIITextTakeOneByteAScalar() {
        assertSame("", unitSize: 1)
        assertSame("Smith said \"no\".\n\t~\u{7F}\u{0}", unitSize: 1)
    }

    func testLatin1TextTakesOneByteAScalar() {
        assertSame("café naïve \u{81}\u{A0}ÿ\u{7F}", unitSize: 1)
        assertSame("\u{FF}", unitSize: 1)
    }

    /// A few scalars above U+00FF, and U+0080 (the one-byte marker), go to the side table
    /// while the rest stays one byte a scalar; one in 16 is the most that does.
    func testNearlyLatin1TextKeepsOneByteUnitsWithASideTable() {
        assertSame("“Smith,” she said — café 😀 \u{80}ÿ\u{100}" + String(repeating: "x", count: 82), unitSize: 1, sideTable: 6)
        assertSame("\u{80}" + String(repeating: "a", count: 15), unitSize: 1, sideTable: 1)
        assertSame("\u{80}" + String(repeating: "a", count: 14), unitSize: 2)
        assertSame(String(repeating: "a", count: 14) + "–", unitSize: 2)
        assertSame(String(repeating: "a", count: 16) + "–", unitSize: 1, sideTable: 1)
    }

    func testBMPTextTakesTwoBytesAScalarUpToTheSurrogatesAndAfter() {
        assertSame("Ā", unitSize: 2)
        assertSame("a\u{100}–“x”\u{D7FF}\u{E000}\u{FFFD}\u{FFFF}é\u{80}", unitSize: 2)
        assertSame("Путин заявил", unitSize: 2)
    }

    func testSupplementaryScalarsComeBackFromTheSideTable() {
        assertSame("😀", unitSize: 2, sideTable: 1)
        assertSame("\u{10000}a\u{10FFFF}\u{FFFF}😀😀👍🏽\u{D7FF}\u{1F1FA}\u{1F1F8}z\u{E000}", unitSize: 2, sideTable: 8)
        assertSame("Путин 😀 заявил", unitSize: 2, sideTable: 1)
    }

    func testManySupplementaryScalarsAtEveryOffset() {
        let pieces = ["a", "é", "–", "😀", "\u{10FFFF}", "\u{FFFF}"]
        var text = ""
        for k in 0..<3_000 { text += pieces[(k * 7 + k / 5) % pieces.count] }
        let storage = ScalarStorage(text)
        XCTAssertEqual(Array(storage), Array(text.unicodeScalars))
        XCTAssertEqual(storage.string(0, storage.count), text)
        // Mostly ASCII with a dash, a curly quote or an emoji every 20 scalars: one byte a scalar.
        var sparse = ""
        for k in 0..<3_000 { sparse += k % 20 == 7 ? ["—", "”", "😀"][k % 3] : "abcdefghij ".map(String.init)[k % 11] }
        let narrow = ScalarStorage(sparse)
        XCTAssertEqual(narrow.unitSize, 1)
        XCTAssertEqual(narrow.sideTableCount, 150)
        XCTAssertEqual(Array(narrow), Array(sparse.unicodeScalars))
        XCTAssertEqual(narrow.string(0, narrow.count), sparse)
    }

    func testScalarTextIndexesTheCompactScalars() {
        let text = ScalarText("Jones said “année” 😀.")
        XCTAssertEqual(text.count, 21)
        XCTAssertEqual(text[11], "“")
        XCTAssertEqual(text[19], "😀")
        XCTAssertEqual(text.text(11, 18), "“année”")
        XCTAssertEqual(text.text(18, 99), " 😀.")
    }

    func testLowercasedASCIIReadsWordsOfEitherWidthAndRefusesOthers() {
        let narrow = ScalarStorage("Said McAllister, “NASA” café" + String(repeating: " x", count: 20))
        XCTAssertEqual(narrow.unitSize, 1)
        XCTAssertEqual(narrow.lowercasedASCII(0, 4), "said")
        XCTAssertEqual(narrow.lowercasedASCII(5, 16), "mcallister,")
        XCTAssertNil(narrow.lowercasedASCII(17, 23), "a curly quote is no ASCII")
        XCTAssertEqual(narrow.lowercasedASCII(18, 22), "nasa")
        XCTAssertNil(narrow.lowercasedASCII(24, 28), "é is no ASCII")
        XCTAssertEqual(narrow.lowercasedASCII(3, 3), "")
        let wide = ScalarStorage("Путин SAID 😀 Az")
        XCTAssertEqual(wide.unitSize, 2)
        XCTAssertEqual(wide.lowercasedASCII(6, 10), "said")
        XCTAssertNil(wide.lowercasedASCII(0, 5))
        XCTAssertNil(wide.lowercasedASCII(11, 12))
        XCTAssertEqual(wide.lowercasedASCII(13, 15), "az")
    }
}
