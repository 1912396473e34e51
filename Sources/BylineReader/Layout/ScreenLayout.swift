/// Where each part of the article screen goes for a terminal size. Wide and tall terminals
/// show the body and the four side panes at once; narrower ones show the body above one
/// tabbed side pane; short ones show one pane at a time; tiny ones only a message.
public struct ScreenLayout: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case tooSmall, wide, tabbed, single }

    public static let minWidth = 30
    public static let minHeight = 8
    public static let wideWidth = 120
    public static let wideHeight = 35
    /// Below this height the body and a side pane no longer fit above each other.
    public static let tabbedHeight = 14
    /// Columns left of the body text for claim marks.
    public static let gutter = 2

    public let kind: Kind
    public let width: Int
    public let height: Int
    /// The title row of each visible pane (in tabbed and single layouts, the tab bar).
    public private(set) var titles: [Pane: Rect] = [:]
    /// The content rows of each visible pane.
    public private(set) var panes: [Pane: Rect] = [:]
    /// The tab bar, in tabbed and single layouts.
    public private(set) var tabBar: Rect?
    /// The column between the body and the side panes, in the wide layout.
    public private(set) var separator: Rect?
    public let status: Rect

    /// - Parameter rows: how many rows each side pane has to show; in the wide layout, panes
    ///   with little to show give their height to the others. Empty: equal heights.
    public init(width: Int, height: Int, focus: Pane, sideTab: Pane, rows: [Pane: Int] = [:]) {
        self.width = width
        self.height = height
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        if width < ScreenLayout.minWidth || height < ScreenLayout.minHeight {
            kind = .tooSmall
            return
        }
        let usable = height - 1
        if width >= ScreenLayout.wideWidth && height >= ScreenLayout.wideHeight {
            kind = .wide
            let side = max(40, width * 2 / 5)
            let bodyWidth = width - side - 1
            place(.body, Rect(x: 0, y: 0, width: bodyWidth, height: usable))
            separator = Rect(x: bodyWidth, y: 0, width: 1, height: usable)
            let heights = ScreenLayout.sideHeights(total: usable, rows: rows)
            var y = 0
            for (n, pane) in Pane.side.enumerated() {
                place(pane, Rect(x: bodyWidth + 1, y: y, width: side, height: heights[n]))
                y += heights[n]
            }
        } else if height >= ScreenLayout.tabbedHeight {
            kind = .tabbed
            let bodyHeight = usable * 3 / 5
            place(.body, Rect(x: 0, y: 0, width: width, height: bodyHeight))
            let bar = Rect(x: 0, y: bodyHeight, width: width, height: 1)
            tabBar = bar
            titles[sideTab] = bar
            panes[sideTab] = Rect(x: 0, y: bodyHeight + 1, width: width, height: usable - bodyHeight - 1)
        } else {
            kind = .single
            let bar = Rect(x: 0, y: 0, width: width, height: 1)
            tabBar = bar
            titles[focus] = bar
            panes[focus] = Rect(x: 0, y: 1, width: width, height: usable - 1)
        }
    }

    /// Heights of the stacked side panes: each gets a title and at least one row; the rest goes
    /// round the panes that still have rows to show; what nobody needs goes to the last pane.
    static func sideHeights(total: Int, rows: [Pane: Int]) -> [Int] {
        let panes = Pane.side
        guard !rows.isEmpty else {
            let each = total / panes.count
            return panes.indices.map { $0 == panes.count - 1 ? total - each * (panes.count - 1) : each }
        }
        var heights = [Int](repeating: 2, count: panes.count)
        var left = total - heights.reduce(0, +)
        let wanted = panes.map { 1 + max(1, rows[$0] ?? 1) }
        while left > 0 {
            var gave = false
            for n in panes.indices where left > 0 && heights[n] < wanted[n] {
                heights[n] += 1
                left -= 1
                gave = true
            }
            if !gave { break }
        }
        heights[panes.count - 1] += left
        return heights
    }

    private mutating func place(_ pane: Pane, _ rect: Rect) {
        titles[pane] = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        panes[pane] = rect.dropping(top: 1)
    }

    /// The rectangle the body text is wrapped into (the body pane less gutter and margin).
    public var bodyText: Rect? {
        guard let b = panes[.body] else { return nil }
        return Rect(x: b.x + ScreenLayout.gutter, y: b.y, width: b.width - ScreenLayout.gutter - 1, height: b.height)
    }

    /// The wrap width and visible line count of the body, even when the body is not on screen
    /// (single layout with a side pane focused), so positions stay meaningful.
    public var bodyMetrics: (width: Int, height: Int) {
        if let t = bodyText { return (max(1, t.width), max(1, t.height)) }
        return (max(1, width - ScreenLayout.gutter - 1), max(1, height - 2))
    }

    /// The pane whose title or content is at (x, y).
    public func pane(atX x: Int, y: Int) -> Pane? {
        for (pane, r) in panes where r.contains(x: x, y: y) { return pane }
        for (pane, r) in titles where r.contains(x: x, y: y) && tabBar == nil { return pane }
        return nil
    }
}
