/// A rectangle of cells that the reader draws into and the terminal blits from: the reader
/// never touches the terminal, and tests compare buffers line by line (ratatui's pattern).
public struct Buffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// The text of row `y`, continuation cells skipped, for snapshot tests.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width {
            s += cells[y * width + x].text
        }
        return s
    }

    public var lines: [String] { (0..<height).map(line) }

    /// The role of each cell of row `y`, for style snapshots.
    public func roles(_ y: Int) -> [StyleRole] {
        (0..<width).map { cells[y * width + $0].role }
    }
}
