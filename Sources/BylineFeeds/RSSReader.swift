import Foundation

/// RSS 2.0 (`<rss><channel><item>`) and RSS 1.0 / RDF (`<rdf:RDF>` with `<item>`s beside
/// the channel, in the RSS 1.0 namespace), with the modules publishers add: Dublin Core
/// (`dc:creator`, `dc:date`), `content:encoded`, Media RSS and Atom links.
struct RSSReader {
    let root: XMLElement
    let feedURL: String?

    func read() -> ParsedFeed {
        let rdf = root.namespace == FeedNamespace.rdf
        let ns = rdf ? (root.first("channel", in: FeedNamespace.rss1) != nil || root.first("item", in: FeedNamespace.rss1) != nil
                        ? FeedNamespace.rss1 : FeedNamespace.rss090) : FeedNamespace.none
        let channel = root.first("channel", in: ns)
        let items = rdf ? root.children("item", in: ns) : (channel?.children("item", in: ns) ?? [])
        let channelBase = channel?.base ?? feedURL
        let siteLink = channel.flatMap { c in FeedLink.resolve(c.first("link", in: ns)?.text, base: c.base, fallback: feedURL) }
        let title = channel?.first("title", in: ns).map { PlainText.fromHTML($0.text) }
        var entries: [FeedEntry] = []
        var seen: Set<String> = []
        for item in items {
            let entry = self.entry(item, ns: ns, rdf: rdf, fallbackBase: siteLink ?? channelBase)
            if let key = entry.identity, !seen.insert(key).inserted { continue }
            entries.append(entry)
        }
        return ParsedFeed(format: rdf ? .rss1 : .rss2, title: title.flatMap { $0.isEmpty ? nil : $0 }, siteLink: siteLink,
                          entries: entries)
    }

    private func entry(_ item: XMLElement, ns: String, rdf: Bool, fallbackBase: String?) -> FeedEntry {
        let base = item.base ?? feedURL
        func resolve(_ link: String?) -> String? { FeedLink.resolve(link, base: base, fallback: fallbackBase) }
        var entry = FeedEntry()
        let guidElement = item.first("guid", in: ns)
        let guidText = guidElement?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        entry.link = resolve(item.first("link", in: ns)?.text)
            ?? resolve(item.children("link", in: FeedNamespace.atom).first { ($0.attribute("rel") ?? "alternate") == "alternate" }?.attribute("href"))
        if let guidText, !guidText.isEmpty {
            entry.guid = guidText
            // A permalink guid (the default) doubles as the link when there is none.
            if entry.link == nil, guidElement?.attribute("isPermaLink")?.lowercased() != "false" { entry.link = resolve(guidText) }
        } else if rdf, let about = item.attribute("about", in: FeedNamespace.rdf), !about.isEmpty {
            entry.guid = about
        }
        entry.title = PlainText.fromHTML(item.first("title", in: ns)?.text ?? "")
        let authors = item.children("author", in: ns) + item.children("creator", in: FeedNamespace.dublinCore)
        entry.authors = authors.map { PlainText.fromHTML($0.text) }.filter { !$0.isEmpty }
        let dates = (item.children("pubDate", in: ns) + item.children("date", in: FeedNamespace.dublinCore))
            .compactMap { FeedDate.parse($0.text) }
        entry.published = dates.first
        if let description = item.first("description", in: ns)?.text {
            let text = PlainText.fromHTML(description, keepLines: true)
            entry.summary = text.isEmpty ? nil : text
        }
        if let encoded = item.first("encoded", in: FeedNamespace.content)?.text,
           !encoded.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            entry.content = encoded
        }
        entry.media = MediaReader.media(of: item, base: base)
        return entry
    }
}
