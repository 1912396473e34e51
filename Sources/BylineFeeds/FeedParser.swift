import Foundation

/// Bytes in, a feed out, whatever the format: JSON Feed by its first byte, XML by its root
/// element's name and namespace; an HTML page (what a site serves at a moved or mistyped
/// feed address) is refused with a clear error naming the feed the page links to, if any.
public enum FeedParser {
    /// - Parameters:
    ///   - url: the feed's address, the base of relative links.
    ///   - contentType: the HTTP `Content-Type`; its charset is used when the XML declares none.
    public static func parse(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) throws(FeedError) -> ParsedFeed {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { throw .empty }
        if bytes[start] == 0x7B { return try JSONFeedReader(bytes: Array(bytes[start...]), feedURL: url).read() }
        if looksLikeHTML(bytes) { throw .htmlPage(alternate: AlternateFeedLink.find(in: bytes, base: url)) }
        guard let tree = XMLTree(bytes, url: url, encoding: declaresEncoding(bytes) ? nil : charset(contentType)),
              let root = tree.root else { throw .malformedXML }
        switch (root.name, root.namespace) {
        case ("rss", FeedNamespace.none):
            return RSSReader(root: root, feedURL: url).read()
        case ("RDF", FeedNamespace.rdf):
            return RSSReader(root: root, feedURL: url).read()
        case ("feed", FeedNamespace.atom):
            return AtomReader(root: root, feedURL: url).read()
        case ("html", _):
            throw .htmlPage(alternate: AlternateFeedLink.find(in: bytes, base: url))
        default:
            throw .unknownFormat(root: root.name)
        }
    }

    /// `<!doctype html`, `<html` or `<head` before any other element.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        guard let firstTag = head.range(of: "<[a-z!]", options: .regularExpression) else { return false }
        let rest = head[firstTag.lowerBound...]
        if rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html") || rest.hasPrefix("<head") { return true }
        // Past an XML declaration or comments, look again.
        var tail = rest
        while tail.hasPrefix("<!--") || tail.hasPrefix("<?") {
            guard let end = tail.range(of: ">") else { return false }
            tail = tail[end.upperBound...].drop { $0.isWhitespace }
        }
        return tail.hasPrefix("<!doctype html") || tail.hasPrefix("<html")
    }

    private static func declaresEncoding(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.contains("<?xml"), let end = head.range(of: "?>") else { return false }
        return head[..<end.lowerBound].contains("encoding")
    }

    private static func charset(_ contentType: String?) -> String? {
        guard let contentType, let range = contentType.lowercased().range(of: "charset=") else { return nil }
        let value = contentType[range.upperBound...].prefix { $0 != ";" && $0 != " " }
        let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return trimmed.isEmpty ? nil : trimmed
    }
}
