/// The namespace URIs feeds are read by: an element counts by its namespace, never by the
/// prefix a publisher happened to choose.
enum FeedNamespace {
    static let none = ""
    static let atom = "http://www.w3.org/2005/Atom"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss1 = "http://purl.org/rss/1.0/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let media = "http://search.yahoo.com/mrss/"
    /// RSS 0.90's namespace, read as RSS 1.0.
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
}
