import Foundation

/// The feed an HTML page announces (`<link rel="alternate" type="application/rss+xml"
/// href="…">`), so the error for a page given as a feed can say where the feed is.
enum AlternateFeedLink {
    static let feedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"]

    static func find(in bytes: [UInt8], base: String?) -> String? {
        let text = String(decoding: bytes.prefix(256 * 1024), as: UTF8.self)
        var search = text.startIndex..<text.endIndex
        while let open = text.range(of: "<link", options: .caseInsensitive, range: search) {
            guard let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
            let tag = String(text[open.upperBound..<close])
            search = close..<text.endIndex
            let attributes = attributes(of: tag)
            guard attributes["rel"]?.lowercased().split(separator: " ").contains("alternate") == true,
                  let type = attributes["type"]?.lowercased(), feedTypes.contains(type),
                  let href = attributes["href"] else { continue }
            return FeedLink.resolve(href, base: base)
        }
        return nil
    }

    private static func attributes(of tag: String) -> [String: String] {
        var out: [String: String] = [:]
        let pattern = #"([A-Za-z-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return out }
        let ns = tag as NSString
        for match in regex.matches(in: tag, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1)).lowercased()
            for group in 3...5 where match.range(at: group).location != NSNotFound {
                out[name] = ns.substring(with: match.range(at: group))
                break
            }
        }
        return out
    }
}
