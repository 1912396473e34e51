import BylineReader
import XCTest

final class ThemeColorTests: XCTestCase {
    func testParsesNamesIndicesAndHex() {
        XCTAssertEqual(ThemeColor(name: "default"), .terminalDefault)
        XCTAssertEqual(ThemeColor(name: "Red"), .indexed(1))
        XCTAssertEqual(ThemeColor(name: "bright-white"), .indexed(15))
        XCTAssertEqual(ThemeColor(name: "grey"), .indexed(8))
        XCTAssertEqual(ThemeColor(name: "color208"), .indexed(208))
        XCTAssertEqual(ThemeColor(name: "#88C0D0"), .rgb(0x88, 0xC0, 0xD0))
        XCTAssertNil(ThemeColor(name: "color256"))
        XCTAssertNil(ThemeColor(name: "#88C0D"))
        XCTAssertNil(ThemeColor(name: "purple"))
    }

    func testDescriptionRoundTrips() {
        for color in [ThemeColor.terminalDefault, .indexed(3), .indexed(12), .indexed(200), .rgb(1, 0xAB, 0xFF)] {
            XCTAssertEqual(ThemeColor(name: color.description), color)
        }
    }

    func testTrueColourIsKeptOnDirectColourTerminalsAndReducedElsewhere() {
        let nordCyan = ThemeColor.rgb(0x88, 0xC0, 0xD0)
        XCTAssertEqual(nordCyan.reduced(toColors: 1 << 24), nordCyan)
        XCTAssertEqual(nordCyan.reduced(toColors: 256), .indexed(110))
        XCTAssertEqual(ThemeColor.rgb(0, 0, 0).reduced(toColors: 256), .indexed(16))
        XCTAssertEqual(ThemeColor.rgb(255, 0, 0).reduced(toColors: 16), .indexed(9))
    }

    func testPaletteIndicesAreReducedToTheTerminalsColours() {
        XCTAssertEqual(ThemeColor.indexed(200).reduced(toColors: 256), .indexed(200))
        XCTAssertEqual(ThemeColor.indexed(196).reduced(toColors: 16), .indexed(9))
        XCTAssertEqual(ThemeColor.indexed(12).reduced(toColors: 8), .indexed(4))
        XCTAssertEqual(ThemeColor.indexed(3).reduced(toColors: 8), .indexed(3))
        XCTAssertEqual(ThemeColor.terminalDefault.reduced(toColors: 8), .terminalDefault)
    }
}
