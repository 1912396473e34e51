/// Counts as a line of block characters, the highest count the full block; a period with no
/// quote is a blank, so the line keeps its width and silences show.
public enum Sparkline {
    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ counts: [Int]) -> String {
        let top = counts.max() ?? 0
        guard top > 0 else { return String(repeating: " ", count: counts.count) }
        return String(counts.map { $0 == 0 ? " " : bars[min(bars.count - 1, ($0 * bars.count - 1) / top)] })
    }
}
