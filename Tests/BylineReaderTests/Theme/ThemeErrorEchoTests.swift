@testable import BylineReader
import XCTest

/// Theme and config errors echo what a file said; a file from elsewhere must not drive the
/// terminal through them, nor flood it.
final class ThemeErrorEchoTests: XCTestCase {
    private static let hostile = "\u{1B}]52;c;cHduZWQ=\u{7}\u{1B}[2J\u{9B}1m\u{202E}x"

    private func assertInert(_ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = message.unicodeScalars.filter { s in
            s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
        }
        XCTAssertTrue(bad.isEmpty, "controls in: \(message.debugDescription)", file: file, line: line)
        XCTAssertLessThan(message.unicodeScalars.count, 1_000, file: file, line: line)
    }

    func testThemeErrorsEchoKeysAndValuesHarmlessly() {
        let long = String(repeating: "v", count: 100_000)
        assertInert(ThemeError.unknownColor(file: Self.hostile, role: Self.hostile, color: Self.hostile + long).description)
        assertInert(ThemeError.unknownRole(file: "t.toml", role: Self.hostile + long).description)
        assertInert(ThemeError.invalidValue(file: "t.toml", key: Self.hostile, expected: "a colour").description)
        assertInert(ThemeError.notFound(name: Self.hostile + long, searched: [Self.hostile]).description)
        assertInert(ConfigError.unknownSetting(file: "c.toml", key: Self.hostile + long).description)
        assertInert(KeymapError.unknownKeys([Self.hostile, long]).description)
        XCTAssertTrue(ThemeError.unknownRole(file: "t.toml", role: Self.hostile).description.contains("␛]52;c;cHduZWQ=␇"))
    }

    func testAThemeFileWithAHostileKeyIsReportedHarmlessly() throws {
        let toml = "[styles.\"\\u001b]2;pwned\\u0007\"]\nfg = \"red\"\n"
        XCTAssertThrowsError(try ThemeDefinition(toml: toml, name: "evil", file: "evil.toml")) { error in
            self.assertInert("\(error)")
            XCTAssertTrue("\(error)".contains("␛]2;pwned␇"), "\(error)")
        }
    }
}
