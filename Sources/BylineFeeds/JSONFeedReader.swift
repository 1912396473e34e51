import Foundation

/// JSON Feed 1.1 (and 1.0's single `author`): items with `id`, `url`, `title`,
/// `content_html` or `content_text`, `summary`, dates in RFC 3339, `authors`, `attachments`.
/// Numbers where strings belong (an `id` of 42) are read as their text, as readers do.
struct JSONFeedReader {
    let bytes: [UInt8]
    let feedURL: String?

    func read() throws(FeedError) -> ParsedFeed {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw .malformedJSON(reason: "the JSON cannot be parsed")
        }
        guard let feed = object as? [String: Any] else { throw .malformedJSON(reason: "the top level is not an object") }
        guard let version = feed["version"] as? String, version.contains("jsonfeed.org/version/") else {
            throw .malformedJSON(reason: "no jsonfeed.org version")
        }
        let home = string(feed["home_page_url"])
        let base = string(feed["feed_url"]) ?? feedURL
        let feedAuthors = authors(feed)
        var entries: [FeedEntry] = []
        var seen: Set<String> = []
        for case let item as [String: Any] in (feed["items"] as? [Any]) ?? [] {
            var entry = FeedEntry()
            entry.guid = string(item["id"])
            entry.link = FeedLink.resolve(string(item["url"]) ?? string(item["external_url"]), base: base, fallback: home)
            entry.title = string(item["title"]).map { PlainText.fromHTML($0) } ?? ""
            let own = authors(item)
            entry.authors = own.isEmpty ? feedAuthors : own
            entry.published = string(item["date_published"]).flatMap(FeedDate.parse)
            entry.updated = string(item["date_modified"]).flatMap(FeedDate.parse)
            entry.summary = string(item["summary"]).map { PlainText.fromHTML($0, keepLines: true) }
            if let html = string(item["content_html"]) {
                entry.content = html
            } else if let text = string(item["content_text"]) {
                entry.content = text.split(separator: "\n", omittingEmptySubsequences: true)
                    .map { "<p>" + $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>" }
                    .joined(separator: "\n")
            }
            if entry.summary == nil, let content = entry.content {
                let text = PlainText.fromHTML(content, keepLines: true)
                entry.summary = text.isEmpty ? nil : String(text.prefix(600))
            }
            for case let attachment as [String: Any] in (item["attachments"] as? [Any]) ?? [] {
                guard let url = FeedLink.resolve(string(attachment["url"]), base: base) else { continue }
                entry.media.append(FeedMedia(url: url, type: string(attachment["mime_type"]), title: string(attachment["title"])))
            }
            if let key = entry.identity, !seen.insert(key).inserted { continue }
            entries.append(entry)
        }
        return ParsedFeed(format: .jsonFeed, title: string(feed["title"]).map { PlainText.fromHTML($0) }, siteLink: home,
                          entries: entries)
    }

    private func string(_ value: Any?) -> String? {
        switch value {
        case let s as String:
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    private func authors(_ object: [String: Any]) -> [String] {
        var list = (object["authors"] as? [Any]) ?? []
        if let single = object["author"] { list.append(single) }
        return list.compactMap { ($0 as? [String: Any]).flatMap { string($0["name"]) } }
    }
}
