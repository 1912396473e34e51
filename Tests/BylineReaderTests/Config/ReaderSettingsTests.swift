import BylineReader
import Foundation
import XCTest

/// Which theme and keys the reader starts with: `--theme`, then the config file, then the
/// built-in default; every problem names its file.
final class ReaderSettingsTests: XCTestCase {
    private var home: URL!
    private var folder: URL { home.appendingPathComponent("byline") }
    private var environment: [String: String] { ["XDG_CONFIG_HOME": home.path] }

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("themes"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func write(_ text: String, to relative: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func testWithoutAConfigTheDefaultThemeAndKeysApply() throws {
        let settings = try ReaderSettings.load(themeOption: nil, environment: environment)
        XCTAssertEqual(settings.theme.name, ThemeLibrary.defaultThemeName)
        XCTAssertEqual(settings.config, ReaderConfig())
        XCTAssertEqual(settings.keymap.keys(for: "quit"), Keymap.default.keys(for: "quit"))
    }

    func testTheConfigThemeWinsOverTheDefaultAndTheOptionOverBoth() throws {
        try write("theme = \"nord\"\n", to: "config.toml")
        XCTAssertEqual(try ReaderSettings.load(themeOption: nil, environment: environment).theme.name, "nord")
        XCTAssertEqual(try ReaderSettings.load(themeOption: "light", environment: environment).theme.name, "light")
    }

    func testAConfiguredThemePathIsRelativeToTheConfigFolder() throws {
        try write("inherits = \"default\"\n", to: "mine/paper.toml")
        try write("theme = \"mine/paper.toml\"\n", to: "config.toml")
        XCTAssertEqual(try ReaderSettings.load(themeOption: nil, environment: environment).theme.name, "paper")
    }

    func testThemesInTheConfigFolderAreFoundByName() throws {
        try write("inherits = \"light\"\n", to: "themes/custom.toml")
        XCTAssertEqual(try ReaderSettings.load(themeOption: "custom", environment: environment).theme.name, "custom")
    }

    func testKeyBindingsComeFromTheConfigAndABadOneNamesTheFile() throws {
        try write("[keys]\nquit = \"x\"\n", to: "config.toml")
        let settings = try ReaderSettings.load(themeOption: nil, environment: environment)
        XCTAssertEqual(settings.keymap.keys(for: "quit"), ["x"])
        try write("[keys]\nno-such-action = \"x\"\n", to: "config.toml")
        XCTAssertThrowsError(try ReaderSettings.load(themeOption: nil, environment: environment)) { error in
            XCTAssertTrue("\(error)".hasPrefix(self.folder.appendingPathComponent("config.toml").path + ": "), "\(error)")
            XCTAssertTrue("\(error)".contains("no-such-action"), "\(error)")
        }
    }

    func testAnUnknownThemeIsAnError() throws {
        XCTAssertThrowsError(try ReaderSettings.load(themeOption: "no-such-theme", environment: environment))
    }
}
