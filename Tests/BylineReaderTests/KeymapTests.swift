import XCTest
@testable import BylineReader

final class KeymapTests: XCTestCase {
    func testDefaultKeysFromTheTable() {
        let k = Keymap.default
        XCTAssertEqual(k.bindings[.char("j")], "move-down")
        XCTAssertEqual(k.bindings[.down], "move-down")
        XCTAssertEqual(k.bindings[.ctrl("d")], "half-page-down")
        XCTAssertEqual(k.bindings[.char(" ")], "page-down")
        XCTAssertEqual(k.bindings[.backTab], "focus-previous")
        XCTAssertEqual(k.bindings[.char("}")], "speaker-next")
        XCTAssertEqual(k.bindings[.backspace], "back")
        XCTAssertEqual(k.bindings[.char("a")], "annotate")
        XCTAssertEqual(k.bindings[.escape], "cancel")
    }

    func testEveryTableKeyParsesAndNoKeyIsBoundTwice() {
        var seen: [KeyEvent: String] = [:]
        for spec in ActionTable.all {
            for name in spec.keys {
                guard let key = KeyName.parse(name) else { return XCTFail("\(name) does not parse") }
                XCTAssertNil(seen[key], "\(name) bound to \(seen[key] ?? "") and \(spec.name)")
                seen[key] = spec.name
                XCTAssertEqual(KeyName.display(key), name)
            }
        }
        XCTAssertEqual(Set(ActionTable.all.map(\.name)).count, ActionTable.all.count)
    }

    func testOverrideReplacesAnActionsKeys() throws {
        let k = try Keymap.default.applying(overrides: ["quit": ["x", "F10"]])
        XCTAssertNil(k.bindings[.char("Q")])
        XCTAssertNil(k.bindings[.ctrl("c")])
        XCTAssertEqual(k.bindings[.char("x")], "quit")
        XCTAssertEqual(k.bindings[.function(10)], "quit")
        XCTAssertEqual(k.keys(for: "quit"), ["F10", "x"])
    }

    func testOverrideTakesTheKeyFromAnotherAction() throws {
        let k = try Keymap.default.applying(overrides: ["quote-next": ["j"]])
        XCTAssertEqual(k.bindings[.char("j")], "quote-next")
        XCTAssertEqual(k.keys(for: "move-down"), ["Down"])
        XCTAssertNil(k.bindings[.char("]")])
    }

    func testEmptyListUnbinds() throws {
        let k = try Keymap.default.applying(overrides: ["annotate": []])
        XCTAssertNil(k.bindings[.char("a")])
        XCTAssertEqual(k.help["annotate"], "")
    }

    func testUnknownActionIsNamed() {
        XCTAssertThrowsError(try Keymap.default.applying(overrides: ["jump-to-moon": ["m"], "quit": ["q"]])) { error in
            XCTAssertEqual(error as? KeymapError, .unknownActions(["jump-to-moon"]))
            XCTAssertEqual("\(error)", "unknown action in key bindings: jump-to-moon")
        }
    }

    func testUnknownKeyIsNamed() {
        XCTAssertThrowsError(try Keymap.default.applying(overrides: ["quit": ["Hyper-Q", "q"]])) { error in
            XCTAssertEqual(error as? KeymapError, .unknownKeys(["Hyper-Q"]))
            XCTAssertEqual("\(error)", "unknown key name in key bindings: Hyper-Q")
        }
    }

    func testOneKeyForTwoActionsIsAConflict() {
        XCTAssertThrowsError(try Keymap.default.applying(overrides: ["quit": ["x"], "help": ["x"]])) { error in
            XCTAssertEqual(error as? KeymapError, .conflict(key: "x", actions: ["help", "quit"]))
        }
    }

    func testKeyNames() {
        XCTAssertEqual(KeyName.parse("C-d"), .ctrl("d"))
        XCTAssertEqual(KeyName.parse("ctrl-U"), .ctrl("u"))
        XCTAssertEqual(KeyName.parse("pgdn"), .pageDown)
        XCTAssertEqual(KeyName.parse("Space"), .char(" "))
        XCTAssertEqual(KeyName.parse("S-Tab"), .backTab)
        XCTAssertEqual(KeyName.parse("F5"), .function(5))
        XCTAssertEqual(KeyName.parse("é"), .char("é"))
        XCTAssertNil(KeyName.parse("F99"))
        XCTAssertNil(KeyName.parse("\u{1B}"))
        XCTAssertNil(KeyName.parse(""))
        XCTAssertNil(KeyName.parse("C-dd"))
    }

    func testHelpOverlayListsEveryActionWithItsKeys() {
        let names = HelpOverlay.blocks.joined().compactMap { line -> String? in
            if case .action(let name, _) = line { return name }
            return nil
        }
        XCTAssertEqual(names.sorted(), ActionTable.all.map(\.name).sorted())
        var state = Fixtures.sampleState(width: 140, height: 60)
        state.keyHelp = try! Keymap.default.applying(overrides: ["quit": ["x"]]).help
        state = reduce(state, .help).state
        let screen = ReaderView.render(state, width: 140, height: 60).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("x            quit             Quit from anywhere"), screen)
        XCTAssertTrue(screen.contains("j, Down      move-down        Scroll down / next item"), screen)
    }

    func testRouterSendsTextToTheSearchPrompt() {
        var state = Fixtures.sampleState()
        state = reduce(state, .search).state
        let k = Keymap.default
        guard case .searchInput("q")? = KeyRouter.action(for: .char("q"), in: state, keymap: k) else { return XCTFail() }
        guard case .searchDeleteBackward? = KeyRouter.action(for: .backspace, in: state, keymap: k) else { return XCTFail() }
        guard case .searchConfirm? = KeyRouter.action(for: .enter, in: state, keymap: k) else { return XCTFail() }
        guard case .cancel? = KeyRouter.action(for: .escape, in: state, keymap: k) else { return XCTFail() }
    }

    func testRouterInHelpClosesOnQAndScrollsOnJ() {
        let state = reduce(Fixtures.sampleState(), .help).state
        let k = Keymap.default
        guard case .help? = KeyRouter.action(for: .char("q"), in: state, keymap: k) else { return XCTFail() }
        guard case .moveDown? = KeyRouter.action(for: .char("j"), in: state, keymap: k) else { return XCTFail() }
        XCTAssertNil(KeyRouter.action(for: .char("]"), in: state, keymap: k))
    }

    func testRouterMouseAndResize() {
        let state = Fixtures.sampleState()
        let k = Keymap.default
        guard case .click(3, 4)? = KeyRouter.action(for: .mouse(MouseEvent(kind: .press, x: 3, y: 4)), in: state, keymap: k)
        else { return XCTFail() }
        guard case .wheel(false, 1, 2)? = KeyRouter.action(for: .mouse(MouseEvent(kind: .wheelDown, x: 1, y: 2)), in: state, keymap: k)
        else { return XCTFail() }
        guard case .resize(100, 30)? = KeyRouter.action(for: .resize(width: 100, height: 30), in: state, keymap: k)
        else { return XCTFail() }
        XCTAssertNil(KeyRouter.action(for: .mouse(MouseEvent(kind: .release, x: 1, y: 2)), in: state, keymap: k))
    }
}
