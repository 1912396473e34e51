import BylineReader
import XCTest

final class ThemeDefinitionTests: XCTestCase {
    func testReadsQuotedRolesColoursAndAttributes() throws {
        let theme = try ThemeDefinition(toml: """
            inherits = "default"
            fallback = "monochrome"
            [styles]
            "entity.person" = { fg = "bright-cyan", bg = "#102030", attrs = ["bold", "underline"] }
            "chain.edge" = { fg = 244 }
            "text" = {}
            """, name: "mine", file: "mine.toml")
        XCTAssertEqual(theme.inherits, "default")
        XCTAssertEqual(theme.fallback, "monochrome")
        XCTAssertEqual(theme.styles[.entityPerson],
                       ThemeStyle(foreground: .indexed(14), background: .rgb(0x10, 0x20, 0x30), attributes: [.bold, .underline]))
        XCTAssertEqual(theme.styles[.chainEdge], ThemeStyle(foreground: .indexed(244)))
        XCTAssertEqual(theme.styles[.text], ThemeStyle.plain)
        XCTAssertEqual(theme.styles.count, 3)
    }

    func testReadsNestedTablesAsDottedRoles() throws {
        let theme = try ThemeDefinition(toml: """
            [styles.quote]
            fg = "yellow"
            [styles.quote.speaker]
            fg = "cyan"
            attrs = ["bold"]
            """, name: "nested", file: "nested.toml")
        XCTAssertEqual(theme.styles[.quote], ThemeStyle(foreground: .indexed(3)))
        XCTAssertEqual(theme.styles[.quoteSpeaker], ThemeStyle(foreground: .indexed(6), attributes: [.bold]))
    }

    func testUnknownRoleIsAnErrorNamingRoleAndFile() {
        XCTAssertThrowsError(try ThemeDefinition(toml: "[styles]\n\"entity.persn\" = { fg = \"red\" }",
                                                 name: "t", file: "/home/u/t.toml")) { error in
            XCTAssertEqual(error as? ThemeError, .unknownRole(file: "/home/u/t.toml", role: "entity.persn"))
            XCTAssertEqual("\(error)", "/home/u/t.toml: unknown style role 'entity.persn'")
        }
    }

    func testUnknownColourIsAnErrorNamingColourRoleAndFile() {
        XCTAssertThrowsError(try ThemeDefinition(toml: "[styles]\n\"ui.border\" = { fg = \"bleu\" }",
                                                 name: "t", file: "t.toml")) { error in
            XCTAssertEqual(error as? ThemeError, .unknownColor(file: "t.toml", role: "ui.border", color: "bleu"))
            XCTAssertTrue("\(error)".hasPrefix("t.toml: unknown colour 'bleu' for 'ui.border'"))
        }
        XCTAssertThrowsError(try ThemeDefinition(toml: "[styles]\n\"ui.border\" = { bg = 256 }", name: "t", file: "t.toml")) {
            XCTAssertEqual($0 as? ThemeError, .unknownColor(file: "t.toml", role: "ui.border", color: "256"))
        }
    }

    func testUnknownAttributeAndPropertyAreErrors() {
        XCTAssertThrowsError(try ThemeDefinition(toml: "[styles]\n\"text\" = { attrs = [\"blink\"] }", name: "t", file: "t.toml")) {
            XCTAssertEqual($0 as? ThemeError, .unknownAttribute(file: "t.toml", role: "text", attribute: "blink"))
        }
        XCTAssertThrowsError(try ThemeDefinition(toml: "[styles]\n\"text\" = { colour = \"red\" }", name: "t", file: "t.toml")) {
            XCTAssertEqual($0 as? ThemeError, .unknownProperty(file: "t.toml", role: "text", property: "colour"))
        }
        XCTAssertThrowsError(try ThemeDefinition(toml: "inhertis = \"light\"", name: "t", file: "t.toml")) {
            XCTAssertEqual($0 as? ThemeError, .unknownProperty(file: "t.toml", role: "(top level)", property: "inhertis"))
        }
    }

    func testSyntaxErrorNamesTheFileAndLine() {
        XCTAssertThrowsError(try ThemeDefinition(toml: "[styles]\n\"text\" = { fg = ", name: "t", file: "bad.toml")) { error in
            guard case .syntax(let file, let message)? = error as? ThemeError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "bad.toml")
            XCTAssertTrue(message.contains("line 2"), message)
        }
    }
}
