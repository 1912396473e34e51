import Foundation

/// Atom 1.0 (RFC 4287): `<feed>` of `<entry>`s; text constructs read by their `type`
/// (text, html, xhtml), links by `rel` and made absolute with `xml:base`, the feed's authors
/// standing in for an entry's own when it names none.
struct AtomReader {
    let root: XMLElement
    let feedURL: String?

    private let ns = FeedNamespace.atom

    func read() -> ParsedFeed {
        let feedAuthors = authors(of: root)
        let siteLink = alternateLink(of: root)
        var entries: [FeedEntry] = []
        var seen: Set<String> = []
        for element in root.children("entry", in: ns) {
            var entry = FeedEntry()
            entry.guid = element.first("id", in: ns).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                .flatMap { $0.isEmpty ? nil : $0 }
            entry.link = alternateLink(of: element)
            entry.title = element.first("title", in: ns).map(plainText) ?? ""
            let own = authors(of: element)
            entry.authors = own.isEmpty ? feedAuthors : own
            entry.published = element.first("published", in: ns).flatMap { FeedDate.parse($0.text) }
            entry.updated = element.first("updated", in: ns).flatMap { FeedDate.parse($0.text) }
            if let summary = element.first("summary", in: ns) {
                let text = plainText(summary, keepLines: true)
                entry.summary = text.isEmpty ? nil : text
            }
            if let content = element.first("content", in: ns), content.attribute("src") == nil {
                let markup = html(of: content)
                if !markup.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { entry.content = markup }
                if entry.summary == nil {
                    let text = PlainText.fromHTML(markup, keepLines: true)
                    entry.summary = text.isEmpty ? nil : String(text.prefix(600))
                }
            }
            entry.media = MediaReader.media(of: element, base: element.base ?? feedURL)
            if let key = entry.identity, !seen.insert(key).inserted { continue }
            entries.append(entry)
        }
        let title = root.first("title", in: ns).map(plainText)
        return ParsedFeed(format: .atom, title: title.flatMap { $0.isEmpty ? nil : $0 }, siteLink: siteLink, entries: entries)
    }

    private func authors(of element: XMLElement) -> [String] {
        element.children("author", in: ns).compactMap { author in
            let name = author.first("name", in: ns)?.text ?? author.first("email", in: ns)?.text
            return name.map { PlainText.fromHTML($0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// The `alternate` link (the default relation), else the first link of any relation but self.
    private func alternateLink(of element: XMLElement) -> String? {
        let links = element.children("link", in: ns)
        let chosen = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("href") != nil }
            ?? links.first { !["self", "enclosure", "hub", "edit"].contains($0.attribute("rel") ?? "") && $0.attribute("href") != nil }
        guard let chosen else { return nil }
        return FeedLink.resolve(chosen.attribute("href"), base: chosen.base, fallback: feedURL)
    }

    /// A text construct as plain text: html and xhtml rendered, text taken as it is.
    private func plainText(_ element: XMLElement) -> String { plainText(element, keepLines: false) }

    private func plainText(_ element: XMLElement, keepLines: Bool) -> String {
        switch element.attribute("type")?.lowercased() {
        case "html", "text/html", "xhtml", "application/xhtml+xml": return PlainText.fromHTML(html(of: element), keepLines: keepLines)
        default: return PlainText.collapse(element.text, keepLines: keepLines)
        }
    }

    /// A text construct as HTML: escaped html unescaped, xhtml serialised, text escaped.
    private func html(of element: XMLElement) -> String {
        switch element.attribute("type")?.lowercased() {
        case "html", "text/html": return element.text
        case "xhtml", "application/xhtml+xml": return element.innerMarkup
        default:
            return element.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
    }
}
