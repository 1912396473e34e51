import XCTest
@testable import BylineReader

/// Issue 15.3: the `?` overlay sets its groups in columns on wide screens, so every key shows
/// at 140×40 without scrolling; narrower screens scroll one column; the status bar of an
/// article points to it.
final class HelpOverlayTests: XCTestCase {
    private func helpScreen(width: Int, height: Int) -> [String] {
        let state = reduce(Fixtures.sampleState(width: width, height: height), .help).state
        return ReaderView.render(state, width: width, height: height).lines
    }

    func testEveryKeyNameAndHelpShowsWholeAt140x40() {
        let lines = helpScreen(width: 140, height: 40)
        let help = Keymap.default.help
        func padded(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: width - s.count) }
        for spec in ActionTable.all {
            let entry = padded(help[spec.name]!, HelpOverlay.keyWidth) + padded(spec.name, HelpOverlay.nameWidth) + spec.help
            XCTAssertTrue(lines.contains { $0.contains(entry) }, "'\(entry)' is not on screen whole:\n\(lines.joined(separator: "\n"))")
        }
        XCTAssertTrue(lines.contains { $0.contains(HelpOverlay.footer) })
        XCTAssertGreaterThan(HelpOverlay.grid(width: 140).columns.count, 1)
    }

    func testAt80x24OneColumnScrollsToTheLastKey() {
        XCTAssertEqual(HelpOverlay.grid(width: 80).columns.count, 1)
        var state = reduce(Fixtures.sampleState(), .help).state
        XCTAssertFalse(ReaderView.render(state, width: 80, height: 24).lines.contains { $0.contains("Quit from anywhere") })
        state = reduce(state, .bottom).state
        let lines = ReaderView.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines.contains { $0.contains("Q, C-c") && $0.contains("quit") && $0.contains("Quit from anywhere") },
                      lines.joined(separator: "\n"))
    }

    func testAt20x6TheReaderSaysTooSmallAndHelpStillCloses() {
        let lines = helpScreen(width: 20, height: 6)
        XCTAssertTrue(lines.joined().contains("too small"))
        XCTAssertTrue(lines.joined().contains("Q quits"))
        let state = reduce(reduce(Fixtures.sampleState(width: 20, height: 6), .help).state, .close).state
        XCTAssertFalse(state.helpVisible)
    }

    func testTheArticleStatusBarSaysWhereHelpIs() {
        for (w, h) in [(80, 24), (140, 40)] {
            let lines = ReaderView.render(Fixtures.sampleState(width: w, height: h), width: w, height: h).lines
            XCTAssertTrue(lines[h - 1].contains("· ? help"), "\(w)×\(h): \(lines[h - 1])")
        }
        var rebound = Fixtures.sampleState()
        rebound.keyHelp = try! Keymap.default.applying(overrides: ["help": ["F1"]]).help
        XCTAssertTrue(ReaderView.render(rebound, width: 80, height: 24).lines[23].contains("· F1 help"))
    }
}
