@testable import BylineTerminal
import BylineReader
import XCTest

final class StylePaletteTests: XCTestCase {
    func testRolesWithTheSameColoursShareAPairAndDefaultsUsePairZero() {
        let theme = Theme(name: "t", styles: [
            .text: ThemeStyle(),
            .entityPerson: ThemeStyle(foreground: .indexed(6), attributes: [.bold]),
            .quoteSpeaker: ThemeStyle(foreground: .indexed(6)),
            .uiStatus: ThemeStyle(foreground: .indexed(0), background: .indexed(7)),
        ])
        var palette = StylePalette(theme: theme, maxPairs: 256)
        XCTAssertEqual(palette.style(for: .text), .init(pair: 0, attributes: []))
        let person = palette.style(for: .entityPerson)
        XCTAssertEqual(person.attributes, [.bold])
        XCTAssertEqual(palette.style(for: .quoteSpeaker).pair, person.pair)
        XCTAssertEqual(palette.pairs[Int(person.pair)], .init(foreground: 6, background: -1))
        XCTAssertEqual(palette.pairs[Int(palette.style(for: .uiStatus).pair)], .init(foreground: 0, background: 7))
        XCTAssertEqual(palette.pairs.count, 3)
    }

    func testTrueColourBecomesADirectColourNumber() {
        XCTAssertEqual(StylePalette.number(.rgb(0x88, 0xC0, 0xD0)), 0x88C0D0)
        XCTAssertEqual(StylePalette.number(.terminalDefault), -1)
    }

    func testPastThePairLimitColoursGiveWayButAttributesStay() {
        let theme = Theme(name: "t", styles: [
            .entityPerson: ThemeStyle(foreground: .indexed(1)),
            .entityOrg: ThemeStyle(foreground: .indexed(2), attributes: [.underline]),
        ])
        var palette = StylePalette(theme: theme, maxPairs: 2)
        XCTAssertEqual(palette.pairs.count, 2)
        let person = palette.style(for: .entityPerson)
        let org = palette.style(for: .entityOrg)
        XCTAssertEqual(Set([person.pair, org.pair]), [0, 1])
        XCTAssertEqual(org.attributes, [.underline])
    }
}
