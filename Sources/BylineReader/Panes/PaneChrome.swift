/// Titles, tab bars and separators around the panes.
enum PaneChrome {
    /// A pane title row, filled across, in the focused or plain title role.
    static func title(_ text: String, rect: Rect, focused: Bool, into buffer: inout Buffer) {
        let role: StyleRole = focused ? .uiTitleFocused : .uiTitle
        buffer.fill(rect, role: role)
        buffer.write(text, x: rect.x, y: rect.y, maxWidth: rect.width, role: role)
    }

    static func separator(_ rect: Rect, into buffer: inout Buffer) {
        for y in rect.y..<rect.maxY { buffer.write("│", x: rect.x, y: y, maxWidth: 1, role: .uiBorder) }
    }
}

/// The tab bar of narrow layouts: "2 Entities │ 3 Quotes │ …", the active tab highlighted.
enum TabBar {
    static func panes(for kind: ScreenLayout.Kind) -> [Pane] {
        kind == .single ? Pane.allCases : Pane.side
    }

    static func label(_ pane: Pane, count: Int?) -> String {
        " \(pane.rawValue + 1) \(pane.title)\(count.map { " (\($0))" } ?? "") "
    }

    static func render(_ panes: [Pane], active: Pane, counts: [Pane: Int], focused: Bool, rect: Rect,
                       into buffer: inout Buffer) {
        buffer.fill(rect, role: .uiTitle)
        var x = rect.x
        for (n, pane) in panes.enumerated() {
            if n > 0 { x += buffer.write("│", x: x, y: rect.y, maxWidth: rect.maxX - x, role: .uiBorder) }
            let role: StyleRole = pane == active ? (focused ? .uiTitleFocused : .uiSelection) : .uiTitle
            x += buffer.write(label(pane, count: counts[pane]), x: x, y: rect.y, maxWidth: rect.maxX - x, role: role)
        }
    }

    /// The tab under column `x` (tab bars start at column 0), counts left out as drawn widths vary
    /// only by the count; callers pass the same counts they drew with.
    static func pane(atX x: Int, in panes: [Pane], counts: [Pane: Int] = [:]) -> Pane? {
        var start = 0
        for (n, pane) in panes.enumerated() {
            if n > 0 { start += 1 }
            let w = Sanitizer.width(of: label(pane, count: counts[pane]))
            if x >= start && x < start + w { return pane }
            start += w
        }
        return nil
    }
}
