import BylineCore
import BylineReader
import BylineTerminal
import Foundation

/// `byline bench --terminal`: first paint of a 5 MB article through to the terminal (reader
/// model and render, then ncurses start and the first full draw), and the cost of drawing
/// each scroll step's changed cells. The terminal is /dev/null, so the figures are the
/// program's own work, not the terminal emulator's.
enum TerminalBench {
    static func run() throws {
        let text = try ReaderBench.repeatedSample()
        let theme = try ThemeLibrary.builtin.theme(named: ThemeLibrary.defaultThemeName)
        print("terminal: 5 MB article (sample repeated), \(text.utf8.count) bytes, theme default on xterm-256color → /dev/null")
        for (w, h) in [(80, 24), (140, 40)] {
            let start = ContinuousClock.now
            var app = ReaderApp(articles: [LoadedArticle(path: "bench", text: text)], width: w, height: h)
            _ = app.handle(.resize(width: w, height: h))
            var frames = [app.render(width: w, height: h)]
            let model = (ContinuousClock.now - start).seconds
            let keys: [KeyEvent] = Array(repeating: .char("j"), count: 300) + Array(repeating: .pageDown, count: 100)
                + Array(repeating: .char("k"), count: 100) + [.char("G")] + Array(repeating: .pageUp, count: 50)
            for key in keys {
                _ = app.handle(key)
                frames.append(app.render(width: w, height: h))
            }
            let result = try TerminalBenchmark.measure(frames: frames, theme: theme)
            let total = model + result.startSeconds + result.firstDrawSeconds
            print("  \(w)×\(h): first paint \(ms(total)) ms = model+render \(ms(model)) + ncurses start \(ms(result.startSeconds))"
                + " + first full draw \(ms(result.firstDrawSeconds))")
            let sorted = result.stepSeconds.sorted()
            let cells = result.cellsDrawn.reduce(0, +) / max(1, result.cellsDrawn.count)
            print("    draw per scroll step (\(sorted.count) steps, \(cells) cells changed on average of \(w * h)): "
                + "wall p50 \(ms(sorted[sorted.count / 2], 3)) ms, p99 \(ms(sorted[sorted.count * 99 / 100], 3)) ms, max \(ms(sorted.last!, 3)) ms")
            let cpu = result.stepCPUSeconds.sorted()
            print("      thread CPU p50 \(ms(cpu[cpu.count / 2], 3)) ms, p99 \(ms(cpu[cpu.count * 99 / 100], 3)) ms, max \(ms(cpu.last!, 3)) ms")
        }
    }

    private static func ms(_ s: Double, _ decimals: Int = 1) -> String { fmt(s * 1000, decimals) }
}
