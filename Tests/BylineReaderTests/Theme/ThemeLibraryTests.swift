import BylineReader
import XCTest

final class ThemeLibraryTests: XCTestCase {
    private func library(_ files: [String: String], folders: [String] = []) -> ThemeLibrary {
        ThemeLibrary(searchFolders: folders, readFile: { files[$0] })
    }

    func testBuiltinThemesParseAndDefaultCoversEveryKnownRole() throws {
        XCTAssertEqual(ThemeLibrary.builtin.builtinNames, ["default", "light", "monochrome", "nord"])
        for name in ThemeLibrary.builtin.builtinNames {
            let theme = try ThemeLibrary.builtin.theme(named: name)
            XCTAssertEqual(theme.name, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(StyleRole.known), "\(name) leaves roles to chance")
        }
    }

    func testDefaultUsesOnlyTheSixteenAnsiColours() throws {
        for (_, style) in try ThemeLibrary.builtin.theme(named: "default").styles {
            for color in [style.foreground, style.background] {
                if case .indexed(let i) = color { XCTAssertLessThan(i, 16) } else { XCTAssertEqual(color, .terminalDefault) }
            }
        }
    }

    func testMonochromeHasNoColour() throws {
        for (role, style) in try ThemeLibrary.builtin.theme(named: "monochrome").styles {
            XCTAssertEqual(style.foreground, .terminalDefault, "\(role)")
            XCTAssertEqual(style.background, .terminalDefault, "\(role)")
        }
    }

    func testLightInheritsWhatItDoesNotOverride() throws {
        let light = try ThemeLibrary.builtin.theme(named: "light")
        let base = try ThemeLibrary.builtin.theme(named: "default")
        XCTAssertEqual(light.styles[.entityOrg], base.styles[.entityOrg])
        XCTAssertEqual(light.styles[.entityPerson], ThemeStyle(foreground: .indexed(4), attributes: [.bold]))
        XCTAssertNotEqual(base.styles[.entityPerson], light.styles[.entityPerson])
    }

    func testNordFallsBackToDefaultBelow256Colours() throws {
        let nord = try ThemeLibrary.builtin.theme(named: "nord")
        XCTAssertEqual(nord.fallback?.name, "default")
        let sixteen = nord.adapted(toColors: 16, noColor: false)
        XCTAssertEqual(sixteen.styles[.entityPerson], try ThemeLibrary.builtin.theme(named: "default").styles[.entityPerson])
        let palette256 = nord.adapted(toColors: 256, noColor: false)
        XCTAssertEqual(palette256.styles[.entityPerson]?.foreground, .indexed(110))
        let direct = nord.adapted(toColors: 1 << 24, noColor: false)
        XCTAssertEqual(direct.styles[.entityPerson]?.foreground, .rgb(0x88, 0xC0, 0xD0))
    }

    func testNoColorOrAColourlessTerminalGivesMonochrome() throws {
        let mono = try ThemeLibrary.builtin.theme(named: "monochrome")
        XCTAssertEqual(try ThemeLibrary.builtin.theme(named: "nord").adapted(toColors: 256, noColor: true), mono)
        XCTAssertEqual(try ThemeLibrary.builtin.theme(named: "light").adapted(toColors: 0, noColor: false), mono)
    }

    func testAPathThemeInheritsASiblingFileThenABuiltin() throws {
        let lib = library([
            "/t/mine.toml": "inherits = \"base\"\n[styles]\n\"ui.border\" = { fg = \"red\" }",
            "/t/base.toml": "inherits = \"light\"\n[styles]\n\"chain.edge\" = { fg = \"green\" }",
        ])
        let theme = try lib.theme(named: "/t/mine.toml")
        XCTAssertEqual(theme.name, "mine")
        XCTAssertEqual(theme.styles[.uiBorder], ThemeStyle(foreground: .indexed(1)))
        XCTAssertEqual(theme.styles[.chainEdge], ThemeStyle(foreground: .indexed(2)))
        XCTAssertEqual(theme.styles[.entityPerson], try ThemeLibrary.builtin.theme(named: "light").styles[.entityPerson])
    }

    func testUserFolderShadowsBuiltinsByName() throws {
        let lib = library(["/cfg/themes/light.toml": "[styles]\n\"text\" = { fg = \"magenta\" }"], folders: ["/cfg/themes"])
        let theme = try lib.theme(named: "light")
        XCTAssertEqual(theme.styles, [.text: ThemeStyle(foreground: .indexed(5))])
    }

    func testMissingThemeNamesWhereItLooked() {
        XCTAssertThrowsError(try library([:], folders: ["/cfg/themes"]).theme(named: "solarized")) { error in
            XCTAssertEqual(error as? ThemeError, .notFound(name: "solarized", searched: [
                "/cfg/themes/solarized.toml", "built-in: default, light, monochrome, nord",
            ]))
        }
    }

    func testInheritanceCycleIsAnError() {
        let lib = library(["/t/a.toml": "inherits = \"b\"", "/t/b.toml": "inherits = \"a\""], folders: ["/t"])
        XCTAssertThrowsError(try lib.theme(named: "a")) { error in
            XCTAssertEqual(error as? ThemeError, .inheritanceCycle(chain: ["/t/a.toml", "/t/b.toml", "/t/a.toml"]))
        }
    }

    func testMissingRolesBorrowFromTheirParentThenText() {
        let theme = Theme(name: "t", styles: [
            .text: ThemeStyle(foreground: .indexed(7)),
            .quote: ThemeStyle(foreground: .indexed(3)),
            .quoteSpeaker: ThemeStyle(foreground: .indexed(6)),
        ])
        XCTAssertEqual(theme.style(for: StyleRole("quote.speaker4")).foreground, .indexed(6))
        XCTAssertEqual(theme.style(for: .quoteCue).foreground, .indexed(3))
        XCTAssertEqual(theme.style(for: .uiBorder).foreground, .indexed(7))
    }

    /// The compiled-in copies must match Themes/: rerun scripts/generate-builtin-themes.py.
    func testBuiltinSourcesMatchTheThemesFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        XCTAssertEqual(Set(files.map { String($0.dropLast(5)) }), Set(BuiltinThemes.sources.keys))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(BuiltinThemes.sources[String(file.dropLast(5))].map { $0 + "\n" }, text,
                           "\(file) changed: run scripts/generate-builtin-themes.py")
        }
    }
}
