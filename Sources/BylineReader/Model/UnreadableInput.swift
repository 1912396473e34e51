/// A file, folder or address the user named that gave no article, with the one-line error
/// that says why and names it ("missing.txt: no such file"): the list shows it rather than
/// dropping it.
public struct UnreadableInput: Equatable, Sendable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

extension UnreadableInput {
    /// The status line at start when some inputs gave no article.
    static func summary(_ list: [UnreadableInput]) -> String {
        "Could not read \(SidePane.plural(list.count, "input")): see the end of the list"
    }
}
