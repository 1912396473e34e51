/// The five panes of the article view. The body is the text; the others list what the
/// analysis found and jump the body to it.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case body = 0, entities, quotes, sources, claims

    public var title: String {
        switch self {
        case .body: return "Body"
        case .entities: return "Entities"
        case .quotes: return "Quotes"
        case .sources: return "Sources"
        case .claims: return "Claims"
        }
    }

    /// The side panes, in screen order.
    public static let side: [Pane] = [.entities, .quotes, .sources, .claims]
}

/// Selection and scroll of a list on screen (a side pane, the `v` links list): `selected` is a
/// row index, `scroll` the first row shown.
public struct PaneCursor: Equatable, Sendable {
    public var selected: Int = 0
    public var scroll: Int = 0

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }

    /// Selects row `n` and scrolls as little as needed to show it in `visibleRows` rows.
    mutating func select(_ n: Int, visibleRows: Int) {
        selected = n
        if n < scroll { scroll = n }
        if n >= scroll + visibleRows { scroll = n - visibleRows + 1 }
    }
}

/// One row of a side pane. Rows refer to analysis items by index; their text is drawn only
/// when the row is visible.
public enum PaneRow: Equatable, Sendable {
    /// A group heading (an entity type, a speaker), not selectable.
    case header(String)
    case entity(Int)
    case quote(Int)
    /// A node of the source tree with its drawn tree prefix ("│  ├─ ").
    case source(Int, prefix: String)
    case claim(Int)

    public var isSelectable: Bool {
        if case .header = self { return false }
        return true
    }
}
