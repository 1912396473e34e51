import BylineReader
import Glibc

/// The terminal's share of the work, measured on a real ncurses screen whose terminal is
/// /dev/null: ncurses still computes and writes every escape sequence, nobody has to watch.
public enum TerminalBenchmark {
    public struct Result {
        /// newterm, colours and the theme's pairs.
        public var startSeconds: Double
        /// The first frame, every cell drawn and flushed.
        public var firstDrawSeconds: Double
        /// Each later frame, only its changed cells.
        public var stepSeconds: [Double]
        /// How many cells each later frame drew.
        public var cellsDrawn: [Int]
    }

    /// Draws `frames` in order, all of one size, as the run loop would.
    public static func measure(frames: [Buffer], theme: Theme, term: String = "xterm-256color") throws -> Result {
        guard let first = frames.first else { return Result(startSeconds: 0, firstDrawSeconds: 0, stepSeconds: [], cellsDrawn: []) }
        setenv("LINES", "\(first.height)", 1)
        setenv("COLUMNS", "\(first.width)", 1)
        defer {
            unsetenv("LINES")
            unsetenv("COLUMNS")
        }
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw TerminalError.cannotStart("/dev/null is not available")
        }
        defer {
            fclose(output)
            fclose(input)
        }
        var clock = ContinuousClock.now
        let screen = try TerminalScreen(term: term, output: output, input: input, theme: theme, noColor: false,
                                        mouse: false, bracketedPaste: false)
        defer { screen.end() }
        let start = seconds(since: &clock)
        screen.draw(first)
        let firstDraw = seconds(since: &clock)
        var steps: [Double] = []
        var cells: [Int] = []
        var previous = first
        for frame in frames.dropFirst() {
            cells.append(FrameDiff.changedCells(from: previous, to: frame).count)
            clock = ContinuousClock.now
            screen.draw(frame)
            steps.append(seconds(since: &clock))
            previous = frame
        }
        return Result(startSeconds: start, firstDrawSeconds: firstDraw, stepSeconds: steps, cellsDrawn: cells)
    }

    private static func seconds(since clock: inout ContinuousClock.Instant) -> Double {
        let now = ContinuousClock.now
        let d = now - clock
        clock = now
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
