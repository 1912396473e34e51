/// One screen cell: a grapheme cluster already made safe for the terminal, its display width,
/// and the style role it is drawn in. A wide character occupies its cell plus a following
/// continuation cell whose `text` is empty.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: StyleRole

    public init(_ text: String, width: UInt8 = 1, role: StyleRole = .text) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(" ")
    /// The second half of a wide character.
    public static let continuation = Cell("", width: 0)
}
