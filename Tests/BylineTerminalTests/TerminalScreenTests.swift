@testable import BylineTerminal
import BylineReader
import CNcursesw
import Glibc
import XCTest

/// Draws into a real ncurses screen whose terminal is /dev/null and reads the cells back.
/// ncurses is process-global: each test opens and ends its own screen, and XCTest runs them
/// one after another.
final class TerminalScreenTests: XCTestCase {
    private var screen: TerminalScreen!
    private var files: [UnsafeMutablePointer<FILE>] = []

    private func open(theme: Theme = Theme(name: "t", styles: [:]), noColor: Bool = false) throws -> TerminalScreen {
        setenv("LINES", "6", 1)
        setenv("COLUMNS", "12", 1)
        let output = try XCTUnwrap(fopen("/dev/null", "w"))
        let input = try XCTUnwrap(fopen("/dev/null", "r"))
        files = [output, input]
        screen = try TerminalScreen(term: "xterm-256color", output: output, input: input, theme: theme,
                                    noColor: noColor, mouse: false, bracketedPaste: false)
        return screen
    }

    override func tearDown() {
        screen?.end()
        screen = nil
        files.forEach { fclose($0) }
        files = []
        unsetenv("LINES")
        unsetenv("COLUMNS")
    }

    private func row(_ y: Int, _ width: Int) -> String {
        (0..<width).map { screen.contents(x: $0, y: y).text }.joined()
    }

    func testDrawsTextWideCharactersAndTheScreenSize() throws {
        let screen = try open()
        XCTAssertEqual(screen.width, 12)
        XCTAssertEqual(screen.height, 6)
        var frame = Buffer(width: 12, height: 6)
        for (x, ch) in "Byline".enumerated() { frame[x, 0] = Cell(String(ch)) }
        frame[0, 1] = Cell("中", width: 2)
        frame[1, 1] = .continuation
        frame[2, 1] = Cell("é")
        screen.draw(frame)
        XCTAssertEqual(row(0, 6), "Byline")
        XCTAssertEqual(screen.contents(x: 0, y: 1).text, "中")
        XCTAssertEqual(screen.contents(x: 2, y: 1).text, "é")
    }

    func testControlCharactersNeverReachTheTerminal() throws {
        let screen = try open()
        var frame = Buffer(width: 12, height: 6)
        frame[0, 0] = Cell("\u{1B}")
        frame[1, 0] = Cell("\u{7}")
        frame[2, 0] = Cell("\u{202E}")
        frame[3, 0] = Cell("\u{9B}")
        frame[4, 0] = Cell("a\u{1B}")
        screen.draw(frame)
        XCTAssertEqual(row(0, 5), "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}a")
    }

    func testOnlyChangedCellsAreRedrawn() throws {
        let screen = try open()
        var first = Buffer(width: 12, height: 6)
        first[0, 0] = Cell("a")
        first[1, 0] = Cell("b")
        screen.draw(first)
        // Scribble behind the screen's back on a cell the next frame does not change:
        // if it survives, that cell was not redrawn.
        mvwaddnwstr(cn_stdscr(), 0, 1, [wchar_t(UInt8(ascii: "Z")), 0], 1)
        var second = first
        second[0, 0] = Cell("c")
        screen.draw(second)
        XCTAssertEqual(row(0, 2), "cZ")
        screen.invalidate()
        screen.draw(second)
        XCTAssertEqual(row(0, 2), "cb")
    }

    func testRolesGetTheirThemesAttributesAndColourPair() throws {
        let theme = Theme(name: "t", styles: [
            .text: ThemeStyle(),
            .entityPerson: ThemeStyle(foreground: .indexed(6), attributes: [.bold, .underline]),
        ])
        let screen = try open(theme: theme)
        XCTAssertEqual(screen.colors, 256)
        var frame = Buffer(width: 12, height: 6)
        frame[0, 0] = Cell("A", role: .entityPerson)
        frame[1, 0] = Cell("b")
        screen.draw(frame)
        let person = screen.contents(x: 0, y: 0)
        XCTAssertEqual(person.attributes, cn_a_bold() | cn_a_underline())
        XCTAssertNotEqual(person.pair, 0)
        var fg: Int32 = 0, bg: Int32 = 0
        extended_pair_content(person.pair, &fg, &bg)
        XCTAssertEqual([fg, bg], [6, -1])
        XCTAssertEqual(screen.contents(x: 1, y: 0).pair, 0)
        XCTAssertEqual(screen.contents(x: 1, y: 0).attributes, cn_a_normal())
    }

    func testNoColorDrawsWithMonochromeAttributesOnly() throws {
        let screen = try open(theme: try ThemeLibrary.builtin.theme(named: "default"), noColor: true)
        var frame = Buffer(width: 12, height: 6)
        frame[0, 0] = Cell("S", role: .uiStatus)
        frame[1, 0] = Cell("P", role: .entityPerson)
        screen.draw(frame)
        XCTAssertEqual(screen.contents(x: 0, y: 0).pair, 0)
        XCTAssertEqual(screen.contents(x: 0, y: 0).attributes, cn_a_reverse())
        XCTAssertEqual(screen.contents(x: 1, y: 0).pair, 0)
        XCTAssertEqual(screen.contents(x: 1, y: 0).attributes, cn_a_bold())
    }

    func testRestoreSequenceLeavesTheAlternateScreenAndShowsTheCursor() throws {
        let screen = try open()
        let bytes = String(decoding: screen.restoreSequence(), as: UTF8.self)
        XCTAssertTrue(bytes.contains("\u{1B}[?1049l"), bytes.debugDescription)
        XCTAssertTrue(bytes.contains("\u{1B}[?25h"), bytes.debugDescription)
        XCTAssertTrue(bytes.contains("\u{1B}[?1000l"), bytes.debugDescription)
    }
}
