/// A link inside an article extracted from a web page: where its text sits in the extracted
/// text (Unicode-scalar offsets, end exclusive) and the absolute address it points at, so the
/// reader can list a page's links and open them.
public struct PageLink: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var href: String

    public init(start: Int, end: Int, text: String, href: String) {
        self.start = start
        self.end = end
        self.text = text
        self.href = href
    }
}

extension PageLink {
    /// True for http and https addresses, the only ones the reader can open.
    public var isWebAddress: Bool { WebAddress.isWebAddress(href) }
}
