/// The item the body is marked at after a jump: its span is highlighted and it is the
/// "current" item that speaker jumps and `s` continue from.
public struct Mark: Equatable, Sendable {
    public enum Item: Equatable, Sendable {
        case quote(Int)
        case entity(Int, mention: Int)
        case source(Int)
        case claim(Int)
        case search
    }

    public var range: Range<Int>
    public var item: Item

    public init(range: Range<Int>, item: Item) {
        self.range = range
        self.item = item
    }

    public var quote: Int? {
        if case .quote(let q) = item { return q }
        return nil
    }
}
