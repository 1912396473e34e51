import Foundation

/// Reads the OPML files feed readers export: every `<outline>` with an `xmlUrl` is a feed,
/// at any depth; the titles of the outlines around it become its tags.
public enum OPMLReader {
    public static func read(_ bytes: [UInt8]) throws(FeedError) -> [OPMLSubscription] {
        guard let tree = XMLTree(bytes, url: nil, encoding: nil), let root = tree.root else { throw .malformedXML }
        guard root.name == "opml" else { throw .unknownFormat(root: root.name) }
        var out: [OPMLSubscription] = []
        var seen: Set<String> = []
        func visit(_ element: XMLElement, folders: [String]) {
            for outline in element.children("outline", in: FeedNamespace.none) {
                let label = (outline.attribute("title") ?? outline.attribute("text")).map { PlainText.collapse($0, keepLines: false) }
                if let url = outline.attribute("xmlUrl")?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty {
                    let categories = (outline.attribute("category") ?? "").split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
                        .filter { !$0.isEmpty }
                    var tags: [String] = []
                    for tag in folders + categories where !tags.contains(tag) { tags.append(tag) }
                    if seen.insert(url).inserted {
                        out.append(OPMLSubscription(url: url, name: label.flatMap { $0.isEmpty ? nil : $0 },
                                                    siteLink: outline.attribute("htmlUrl"), tags: tags))
                    }
                } else {
                    visit(outline, folders: folders + (label.map { $0.isEmpty ? [] : [$0] } ?? []))
                }
            }
        }
        visit(root.first("body", in: FeedNamespace.none) ?? root, folders: [])
        return out
    }
}
