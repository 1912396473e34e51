import BylineReader
import XCTest

final class ReaderConfigTests: XCTestCase {
    func testReadsThemeAndKeyBindings() throws {
        let config = try ReaderConfig(toml: """
            theme = "light"
            [keys]
            quit = ["q", "Q"]
            next-quote = "n"
            """, file: "/c/config.toml")
        XCTAssertEqual(config, ReaderConfig(theme: "light", keys: ["quit": ["q", "Q"], "next-quote": ["n"]], file: "/c/config.toml"))
    }

    func testEmptyConfigChangesNothing() throws {
        XCTAssertEqual(try ReaderConfig(toml: "", file: "c.toml"), ReaderConfig(file: "c.toml"))
    }

    func testUnknownSettingIsNamed() {
        XCTAssertThrowsError(try ReaderConfig(toml: "colour = \"red\"", file: "c.toml")) { error in
            XCTAssertEqual(error as? ConfigError, .unknownSetting(file: "c.toml", key: "colour"))
            XCTAssertEqual("\(error)", "c.toml: unknown setting 'colour' (known: theme, keys, annotations)")
        }
    }

    func testBadValuesAreNamed() {
        XCTAssertThrowsError(try ReaderConfig(toml: "theme = 3", file: "c.toml")) {
            XCTAssertEqual($0 as? ConfigError, .invalidValue(file: "c.toml", key: "theme", expected: "a theme name or a path to a .toml file"))
        }
        XCTAssertThrowsError(try ReaderConfig(toml: "[keys]\nquit = 1", file: "c.toml")) {
            XCTAssertEqual($0 as? ConfigError, .invalidValue(file: "c.toml", key: "keys.quit", expected: "a key name or an array of key names"))
        }
        XCTAssertThrowsError(try ReaderConfig(toml: "theme = ", file: "c.toml")) {
            guard case .syntax(let file, _)? = $0 as? ConfigError else { return XCTFail("\($0)") }
            XCTAssertEqual(file, "c.toml")
        }
    }

    func testConfigFolderFollowsXDG() {
        XCTAssertEqual(ReaderConfig.folder(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/byline")
        XCTAssertEqual(ReaderConfig.folder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]), "/h/.config/byline")
        XCTAssertEqual(ReaderConfig.folder(environment: ["HOME": "/h"]), "/h/.config/byline")
        XCTAssertNil(ReaderConfig.folder(environment: [:]))
    }
}
