/// The `?` overlay, generated from `ActionTable` and the keys in use, so it never disagrees
/// with the keymap. On a wide screen the groups are set in columns, so that every key shows
/// at 140×40 without scrolling; narrower screens get one column that scrolls.
enum HelpOverlay {
    enum Line: Equatable {
        case group(String)
        case action(name: String, help: String)
        case blank
    }

    /// Columns for keys and action names; the help text takes the rest.
    static let keyWidth = 13
    static let nameWidth = ActionTable.all.map(\.name.count).max()! + 1
    static let columnGap = 2
    /// Widest a single column box grows on a screen too narrow for two columns.
    static let singleColumnBoxWidth = 84
    static let footer = "Mouse: click focuses and selects; the wheel scrolls"

    /// One block per context: its heading, then its actions.
    static let blocks: [[Line]] = ActionSpec.Context.allCases.compactMap { context in
        let specs = ActionTable.all.filter { $0.context == context }
        guard !specs.isEmpty else { return nil }
        return [.group(context.rawValue)] + specs.map { .action(name: $0.name, help: $0.help) }
    }

    /// Columns one column of keys needs to show every help text whole.
    static let columnWidth = keyWidth + nameWidth + ActionTable.all.map { Sanitizer.width(of: $0.help) }.max()!

    /// The overlay's content at a screen width: its columns of lines and the rows they take,
    /// the footer included.
    struct Grid: Equatable {
        var columns: [[Line]]
        var columnWidth: Int
        var rows: Int { (columns.map(\.count).max() ?? 0) + 2 }
    }

    static func boxWidth(screenWidth: Int) -> Int {
        grid(width: screenWidth).columns.count > 1 ? screenWidth - 2 : min(screenWidth - 2, singleColumnBoxWidth)
    }

    static func grid(width: Int) -> Grid {
        let inner = width - 2 - 4
        let count = max(1, min(blocks.count, (inner + columnGap) / (columnWidth + columnGap)))
        guard count > 1 else {
            return Grid(columns: [Array(blocks.joined(separator: [Line.blank]))], columnWidth: max(0, min(width - 2, singleColumnBoxWidth) - 4))
        }
        // Blocks stay whole; a column is full once it reaches its share of the lines.
        let total = blocks.reduce(blocks.count - 1) { $0 + $1.count }
        let share = (total + count - 1) / count
        var columns: [[Line]] = [[]]
        for block in blocks {
            if !columns[columns.count - 1].isEmpty, columns[columns.count - 1].count + 1 + block.count > share, columns.count < count {
                columns.append([])
            }
            if !columns[columns.count - 1].isEmpty { columns[columns.count - 1].append(.blank) }
            columns[columns.count - 1] += block
        }
        return Grid(columns: columns, columnWidth: (inner - columnGap * (count - 1)) / count)
    }

    /// Rows of the overlay's content at a screen width (for scrolling).
    static func rowCount(width: Int) -> Int { grid(width: width).rows }

    static func render(_ state: ReaderState, width: Int, height: Int, into buffer: inout Buffer) {
        let grid = grid(width: width)
        let w = boxWidth(screenWidth: width)
        let h = min(height - 2, grid.rows + 2)
        guard w >= 20, h >= 3 else { return }
        let box = Rect(x: (width - w) / 2, y: max(0, (height - 1 - h) / 2), width: w, height: h)
        PaneChrome.box(box, title: " Keys · ? or Esc closes · j/k scroll ", into: &buffer)
        let inner = h - 2
        let scroll = max(0, min(state.helpScroll, grid.rows - inner))
        for r in 0..<inner {
            let row = scroll + r
            let y = box.y + 1 + r
            if row == grid.rows - 1 {
                buffer.write(Sanitizer.clip(footer, width: w - 4), x: box.x + 2, y: y, maxWidth: w - 4, role: .uiTitle)
                continue
            }
            for (c, column) in grid.columns.enumerated() {
                guard let line = column[safe: row] else { continue }
                draw(line, state, x: box.x + 2 + c * (grid.columnWidth + columnGap), y: y, width: grid.columnWidth, into: &buffer)
            }
        }
    }

    private static func draw(_ line: Line, _ state: ReaderState, x: Int, y: Int, width: Int, into buffer: inout Buffer) {
        switch line {
        case .blank:
            return
        case .group(let title):
            buffer.write(Sanitizer.clip(title, width: width), x: x, y: y, maxWidth: width, role: .uiTitle)
        case .action(let name, let help):
            let keys = state.keyHelp[name] ?? ""
            let keyText = Sanitizer.clip(keys.isEmpty ? "(unbound)" : keys, width: keyWidth - 1)
            buffer.write(keyText, x: x, y: y, maxWidth: keyWidth - 1, role: .uiHelp)
            buffer.write(name, x: x + keyWidth, y: y, maxWidth: nameWidth - 1, role: .textDim)
            let room = max(0, width - keyWidth - nameWidth)
            buffer.write(Sanitizer.clip(help, width: room), x: x + keyWidth + nameWidth, y: y, maxWidth: room, role: .uiHelp)
        }
    }
}
