import BylineCore
import XCTest
@testable import BylineReader

/// Long deterministic random walks through keys, clicks and resizes: the reader never crashes,
/// its positions stay inside the text and the panes, and every frame is inert.
final class RandomWalkTests: XCTestCase {
    /// A small deterministic generator (SplitMix64), so a failure replays exactly.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Keys that end or stop the walk: quit, close (quits from the list), suspend.
    private static let leaving: Set<KeyEvent> = [.char("q"), .char("Q"), .ctrl("c"), .ctrl("z")]

    private let keys: [KeyEvent] = ActionTable.all.flatMap { $0.keys.compactMap(KeyName.parse) }
        .filter { !RandomWalkTests.leaving.contains($0) }
        + [.char("x"), .char("é"), .backspace, .enter, .escape, .paste("pasted\u{1B}[2J text")]

    private func walk(_ start: ReaderState, seed: UInt64, steps: Int) {
        var rng = Generator(state: seed)
        var app = ReaderApp(state: start)
        var w = start.width, h = start.height
        for step in 0..<steps {
            let roll = Int.random(in: 0..<100, using: &rng)
            let event: KeyEvent
            if roll < 5 {
                w = Int.random(in: 0...180, using: &rng)
                h = Int.random(in: 0...60, using: &rng)
                event = .resize(width: w, height: h)
            } else if roll < 15 {
                let kinds: [MouseEvent.Kind] = [.press, .wheelUp, .wheelDown]
                event = .mouse(MouseEvent(kind: kinds[Int.random(in: 0..<3, using: &rng)],
                                          x: Int.random(in: -2...w + 2, using: &rng), y: Int.random(in: -2...h + 2, using: &rng)))
            } else {
                event = keys[Int.random(in: 0..<keys.count, using: &rng)]
            }
            XCTAssertEqual(app.handle(event), .proceed, "step \(step): \(event)")
            let s = app.state
            for a in s.articles {
                XCTAssertTrue((0...max(0, a.text.text.count)).contains(a.top), "step \(step): top \(a.top)")
                for pane in Pane.side {
                    let rows = a.rows(pane)
                    if !rows.isEmpty {
                        XCTAssertTrue(rows.indices.contains(a.cursor(pane).selected), "step \(step): \(pane) cursor")
                    }
                }
            }
            XCTAssertTrue(s.articles.indices.contains(s.current))
            let b = app.render(width: w, height: h)
            XCTAssertEqual(b.cells.count, w * h)
            for cell in b.cells {
                for u in cell.text.unicodeScalars {
                    XCTAssertFalse(u.value < 0x20 || (0x7F...0x9F).contains(u.value), "step \(step): control in a cell")
                }
            }
        }
    }

    func testRandomWalkOnTheSample() {
        var state = Fixtures.sampleState(width: 100, height: 30)
        state.annotationEditorAvailable = true
        walk(state, seed: 1, steps: 1500)
    }

    func testRandomWalkOnSeveralArticles() {
        let hostile = ArticleState(text: ArticleText(path: "evil.txt", text: "T\u{1B}]2;x\u{07}\n\u{202E}abc 北京 e\u{301}\tz\u{200B}"))
        var state = ReaderState(articles: [Fixtures.sampleArticle(), hostile, Fixtures.longState(repeats: 3).articles[0]],
                                width: 140, height: 40)
        state.keyHelp = Keymap.default.help
        walk(state, seed: 7, steps: 1500)
    }
}
