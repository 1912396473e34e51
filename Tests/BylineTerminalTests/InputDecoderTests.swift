@testable import BylineTerminal
import BylineReader
import CNcursesw
import XCTest

final class InputDecoderTests: XCTestCase {
    private func feed(_ inputs: [RawInput]) -> [KeyEvent] {
        var decoder = InputDecoder()
        return inputs.flatMap { decoder.feed($0) }
    }

    private func chars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .character($0.value) } }

    func testPrintableCharactersIncludingWideOnes() {
        XCTAssertEqual(feed(chars("jG]中é")), [.char("j"), .char("G"), .char("]"), .char("中"), .char("é")])
    }

    func testControlCharactersBecomeNamedKeysOrCtrlLetters() {
        XCTAssertEqual(feed([.character(0x04), .character(0x15), .character(0x03), .character(0x1A)]),
                       [.ctrl("d"), .ctrl("u"), .ctrl("c"), .ctrl("z")])
        XCTAssertEqual(feed([.character(0x09), .character(0x0D), .character(0x0A), .character(0x7F), .character(0x08)]),
                       [.tab, .enter, .enter, .backspace, .backspace])
        XCTAssertEqual(feed([.character(0x00), .character(0x1C), .character(0x9B)]), [])
    }

    func testFunctionKeys() {
        let codes: [Int32] = [KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_PPAGE, KEY_NPAGE, KEY_HOME, KEY_END,
                              KEY_BTAB, KEY_BACKSPACE, KEY_DC, KEY_ENTER, KEY_F0 + 1, KEY_F0 + 12]
        XCTAssertEqual(feed(codes.map { .functionKey($0) }),
                       [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backTab, .backspace, .delete,
                        .enter, .function(1), .function(12)])
        XCTAssertEqual(feed([.functionKey(KEY_MAX + 100)]), [])
    }

    func testLoneEscapeIsDeliveredWhenNothingFollows() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.feed(.character(0x1B)), [])
        XCTAssertTrue(decoder.wantsMore)
        XCTAssertEqual(decoder.feed(.timeout), [.escape])
        XCTAssertFalse(decoder.wantsMore)
    }

    func testEscapeFollowedByOtherKeysKeepsThem() {
        XCTAssertEqual(feed([.character(0x1B)] + chars("j")), [.escape, .char("j")])
        XCTAssertEqual(feed([.character(0x1B), .character(0x1B), .timeout]), [.escape, .escape])
        XCTAssertEqual(feed([.character(0x1B), .functionKey(KEY_UP)]), [.escape, .up])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[") + [.timeout]), [.escape, .char("[")])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[12") + [.timeout]), [.escape, .char("["), .char("1"), .char("2")])
    }

    /// Replayed as keys, `ESC[1;4q` would switch to pane 1, then 4, then quit.
    func testUnknownControlSequencesAreSwallowedWhole() {
        XCTAssertEqual(feed([.character(0x1B)] + chars("[1;4q") + chars("j")), [.char("j")])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[I") + [.character(0x1B)] + chars("[O")), [])
        XCTAssertEqual(feed([.character(0x1B)] + chars("OP") + chars("k")), [.char("k")])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[2x")), [])
    }

    /// Issue 15.7: under tmux with `TERM=xterm-256color`, ncurses does not know tmux's Home and
    /// End (`ESC [1~`, `ESC [4~`) and passes them through raw.
    func testHomeAndEndInEveryRawForm() {
        for (sequence, key) in [("[1~", KeyEvent.home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("OH", .home),
                                ("OF", .end), ("[H", .home), ("[F", .end), ("[1;5H", .home), ("[5~", .pageUp),
                                ("[6~", .pageDown), ("[3~", .delete), ("[A", .up), ("OB", .down), ("[C", .right), ("OD", .left)] {
            XCTAssertEqual(feed([.character(0x1B)] + chars(sequence) + chars("j")), [key, .char("j")], sequence)
        }
        XCTAssertEqual(feed([.character(0x1B)] + chars("[2~") + [.character(0x1B)] + chars("[9;9H")), [], "others are swallowed")
    }

    func testSGRMouseReportsAreDecoded() {
        XCTAssertEqual(feed([.character(0x1B)] + chars("[<0;24;14M")), [.mouse(MouseEvent(kind: .press, x: 23, y: 13))])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[<0;24;14m")), [.mouse(MouseEvent(kind: .release, x: 23, y: 13))])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[<64;1;1M")), [.mouse(MouseEvent(kind: .wheelUp, x: 0, y: 0))])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[<65;10;5M")), [.mouse(MouseEvent(kind: .wheelDown, x: 9, y: 4))])
        XCTAssertEqual(feed([.character(0x1B)] + chars("[<35;10;5M")), [])
    }

    func testBracketedPasteArrivesAsOneEvent() {
        let input = [.character(0x1B)] + chars("[200~hello\r\nworld\u{7}\u{1B}[201~") + chars("q")
        XCTAssertEqual(feed(input), [.paste("hello\nworld"), .char("q")])
    }

    func testPasteCutOffByTimeoutKeepsWhatCame() {
        XCTAssertEqual(feed([.character(0x1B)] + chars("[200~abc") + [.timeout]), [.paste("abc")])
    }

    func testPastedEscapeSequencesAreNotPassedOn() {
        let input = [.character(0x1B)] + chars("[200~a\u{1B}]2;x\u{7}b\u{1B}[201~")
        XCTAssertEqual(feed(input), [.paste("a]2;xb")])
    }

    func testMouseReports() {
        XCTAssertEqual(InputDecoder.mouse(buttons: cn_button1_pressed(), x: 3, y: 4), .mouse(MouseEvent(kind: .press, x: 3, y: 4)))
        XCTAssertEqual(InputDecoder.mouse(buttons: cn_button1_released(), x: 3, y: 4), .mouse(MouseEvent(kind: .release, x: 3, y: 4)))
        XCTAssertEqual(InputDecoder.mouse(buttons: cn_button4_pressed(), x: 0, y: 9), .mouse(MouseEvent(kind: .wheelUp, x: 0, y: 9)))
        XCTAssertEqual(InputDecoder.mouse(buttons: cn_button5_pressed(), x: 1, y: 2), .mouse(MouseEvent(kind: .wheelDown, x: 1, y: 2)))
        XCTAssertNil(InputDecoder.mouse(buttons: 0, x: 1, y: 2))
    }
}
