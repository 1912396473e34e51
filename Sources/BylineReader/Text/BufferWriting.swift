/// Drawing into a `Buffer`: every string goes through `Sanitizer`, and nothing is written
/// outside the given width, so a pane can never spill into its neighbour.
extension Buffer {
    /// Writes already-sanitised cells at (x, y), at most `maxWidth` columns; a wide character
    /// that does not fit is replaced by a space. Returns the columns written.
    @discardableResult
    mutating func put(_ row: [Cell], x: Int, y: Int, maxWidth: Int) -> Int {
        guard y >= 0, y < height, maxWidth > 0 else { return 0 }
        let limit = min(maxWidth, width - x)
        var col = 0
        var i = 0
        while i < row.count && col < limit {
            let cell = row[i]
            if cell.width == 2 && col + 1 >= limit {
                self[x + col, y] = Cell(" ", role: cell.role)
                col += 1
                break
            }
            self[x + col, y] = cell
            col += 1
            i += 1
        }
        return col
    }

    /// Writes `text`, sanitised, in `role`. Returns the columns written.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int, role: StyleRole = .text) -> Int {
        put(Sanitizer.cells(text, role: role), x: x, y: y, maxWidth: maxWidth)
    }

    /// Paints a rectangle with blanks in `role`.
    mutating func fill(_ rect: Rect, role: StyleRole) {
        let cell = Cell(" ", role: role)
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = cell }
        }
    }
}
