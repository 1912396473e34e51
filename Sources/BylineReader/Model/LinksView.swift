/// The `v` list of the open article's links: which one is selected and how far the list is
/// scrolled. Present only while the list is shown.
public struct LinksView: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }
}
