/// The decoded text of one article and what went wrong on the way without stopping it.
public struct LoadedArticle: Sendable {
    /// The name the user gave (a path, or "-" for standard input).
    public let path: String
    public let text: String
    /// Problems that were repaired, such as invalid UTF-8; shown on stderr, never fatal.
    public let warnings: [String]

    public init(path: String, text: String, warnings: [String] = []) {
        self.path = path
        self.text = text
        self.warnings = warnings
    }
}
