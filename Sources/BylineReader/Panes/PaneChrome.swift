/// Titles, tab bars and separators around the panes.
enum PaneChrome {
    /// A pane title row, filled across, in the focused or plain title role; cut with "…".
    static func title(_ text: String, rect: Rect, focused: Bool, into buffer: inout Buffer) {
        let role: StyleRole = focused ? .uiTitleFocused : .uiTitle
        buffer.fill(rect, role: role)
        buffer.write(Sanitizer.clip(text, width: rect.width), x: rect.x, y: rect.y, maxWidth: rect.width, role: role)
    }

    static func separator(_ rect: Rect, into buffer: inout Buffer) {
        for y in rect.y..<rect.maxY { buffer.write("│", x: rect.x, y: y, maxWidth: 1, role: .uiBorder) }
    }

    /// An overlay's box: filled, framed, with `title` on its top border (cut with "…").
    static func box(_ box: Rect, title: String, into buffer: inout Buffer) {
        let w = box.width
        buffer.fill(box, role: .uiHelp)
        let horizontal = String(repeating: "─", count: w - 2)
        buffer.write("┌" + horizontal + "┐", x: box.x, y: box.y, maxWidth: w, role: .uiBorder)
        buffer.write("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, maxWidth: w, role: .uiBorder)
        for y in box.y + 1..<box.maxY - 1 {
            buffer.write("│", x: box.x, y: y, maxWidth: 1, role: .uiBorder)
            buffer.write("│", x: box.maxX - 1, y: y, maxWidth: 1, role: .uiBorder)
        }
        buffer.write(Sanitizer.clip(title, width: w - 4), x: box.x + 2, y: box.y, maxWidth: w - 4, role: .uiTitle)
    }
}

/// The tab bar of narrow layouts: "2 Entities │ 3 Quotes │ …", the active tab highlighted;
/// the tab that meets the right edge is cut with "…".
enum TabBar {
    static func panes(for kind: ScreenLayout.Kind) -> [Pane] {
        kind == .single ? Pane.allCases : Pane.side
    }

    static func label(_ pane: Pane, count: Int?) -> String {
        " \(pane.rawValue + 1) \(pane.title)\(count.map { " (\($0))" } ?? "") "
    }

    /// The counts to draw: none when the labels with counts would not fit in `width`.
    static func shownCounts(_ panes: [Pane], _ counts: [Pane: Int], width: Int) -> [Pane: Int] {
        let full = panes.reduce(panes.count - 1) { $0 + Sanitizer.width(of: label($1, count: counts[$1])) }
        return full <= width ? counts : [:]
    }

    static func render(_ panes: [Pane], active: Pane, counts allCounts: [Pane: Int], focused: Bool, rect: Rect,
                       into buffer: inout Buffer) {
        let counts = shownCounts(panes, allCounts, width: rect.width)
        buffer.fill(rect, role: .uiTitle)
        var x = rect.x
        for (n, pane) in panes.enumerated() {
            if n > 0 { x += buffer.write("│", x: x, y: rect.y, maxWidth: rect.maxX - x, role: .uiBorder) }
            let role: StyleRole = pane == active ? (focused ? .uiTitleFocused : .uiSelection) : .uiTitle
            x += buffer.write(Sanitizer.clip(label(pane, count: counts[pane]), width: rect.maxX - x), x: x, y: rect.y,
                              maxWidth: rect.maxX - x, role: role)
        }
    }

    /// The tab under column `x` of a tab bar `width` wide starting at column 0, given the
    /// counts it was drawn with.
    static func pane(atX x: Int, in panes: [Pane], counts allCounts: [Pane: Int], width: Int) -> Pane? {
        let counts = shownCounts(panes, allCounts, width: width)
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
