import BylineReader

/// Which cells of a new frame must reach the terminal, given the frame already shown. Only
/// these are drawn, so a keypress that moves a highlight costs a few cells, not a screen.
/// A wide character is drawn from its first cell: when either half changes, the first is listed
/// and the continuation never is.
enum FrameDiff {
    /// Positions (x, y) to draw, row by row, left to right. With no previous frame, or one of
    /// another size, every cell is listed.
    static func changedCells(from previous: Buffer?, to next: Buffer) -> [(x: Int, y: Int)] {
        var out: [(x: Int, y: Int)] = []
        let comparable = previous.map { $0.width == next.width && $0.height == next.height } ?? false
        let old = comparable ? previous!.cells : []
        let new = next.cells
        let width = next.width
        for y in 0..<next.height {
            let row = y * width
            var x = 0
            while x < width {
                let i = row + x
                let cell = new[i]
                if cell.width == 0 && cell.text.isEmpty {
                    // A continuation: its first cell decided whether it is drawn. One with no
                    // first cell (column 0, or after a narrow cell) is drawn as a blank.
                    let orphan = x == 0 || new[i - 1].width != 2
                    if orphan && (!comparable || old[i] != cell) { out.append((x, y)) }
                    x += 1
                    continue
                }
                var changed = !comparable || old[i] != cell
                if !changed, cell.width == 2, x + 1 < width, old[i + 1] != new[i + 1] { changed = true }
                if changed { out.append((x, y)) }
                let pairedContinuation = cell.width == 2 && x + 1 < width && new[i + 1].width == 0 && new[i + 1].text.isEmpty
                x += pairedContinuation ? 2 : 1
            }
        }
        return out
    }
}
