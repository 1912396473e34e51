/// Enclosures and Media RSS (`media:content`, `media:thumbnail`, inside `media:group` too)
/// of one item, each address made absolute and listed once.
enum MediaReader {
    static func media(of item: XMLElement, base: String?) -> [FeedMedia] {
        var out: [FeedMedia] = []
        var seen: Set<String> = []
        func add(_ url: String?, type: String?, title: String?) {
            guard let url = FeedLink.resolve(url, base: base), seen.insert(url).inserted else { return }
            out.append(FeedMedia(url: url, type: type, title: title))
        }
        for enclosure in item.children("enclosure", in: FeedNamespace.none) {
            add(enclosure.attribute("url"), type: enclosure.attribute("type"), title: nil)
        }
        for link in item.children("link", in: FeedNamespace.atom) where link.attribute("rel") == "enclosure" {
            add(link.attribute("href"), type: link.attribute("type"), title: link.attribute("title"))
        }
        let groups = [item] + item.children("group", in: FeedNamespace.media)
        for holder in groups {
            for content in holder.children("content", in: FeedNamespace.media) {
                let title = content.first("title", in: FeedNamespace.media)?.text ?? holder.first("title", in: FeedNamespace.media)?.text
                add(content.attribute("url"), type: content.attribute("type") ?? content.attribute("medium"),
                    title: title.map { PlainText.fromHTML($0) })
            }
            for thumbnail in holder.children("thumbnail", in: FeedNamespace.media) {
                add(thumbnail.attribute("url"), type: "image", title: nil)
            }
        }
        return out
    }
}
