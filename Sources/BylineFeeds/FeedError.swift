/// Why bytes are not a feed Byline can read; one line each, shown in `feeds list`.
public enum FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An HTML page where a feed was expected; `alternate` is a feed the page names, if any.
    case htmlPage(alternate: String?)
    /// XML whose root is none of rss, rdf:RDF or feed.
    case unknownFormat(root: String)
    case malformedXML
    case malformedJSON(reason: String)
    case empty

    public var description: String {
        switch self {
        case .htmlPage(let alternate):
            return "this is an HTML page, not a feed" + (alternate.map { "; the page names a feed at \($0)" } ?? "")
        case .unknownFormat(let root):
            return "not a feed: the XML's root element is <\(root)> (expected rss, rdf:RDF or feed)"
        case .malformedXML:
            return "not a feed: the XML cannot be parsed"
        case .malformedJSON(let reason):
            return "not a JSON Feed: \(reason)"
        case .empty:
            return "the feed is empty"
        }
    }
}
