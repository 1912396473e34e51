/// Writes a subscription list as OPML 2.0, which every feed reader imports: one outline per
/// feed, tags in `category`, flat (folders would duplicate a feed with several tags).
public enum OPMLWriter {
    public static func write(_ subscriptions: [OPMLSubscription], title: String = "Byline subscriptions") -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
        out += "  <head><title>\(escape(title))</title></head>\n  <body>\n"
        for s in subscriptions {
            let name = escape(s.name ?? s.url)
            out += "    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escape(s.url))\""
            if let site = s.siteLink { out += " htmlUrl=\"\(escape(site))\"" }
            if !s.tags.isEmpty { out += " category=\"\(escape(s.tags.joined(separator: ",")))\"" }
            out += "/>\n"
        }
        return out + "  </body>\n</opml>\n"
    }

    /// Text for an attribute: markup characters as references, control characters dropped
    /// (XML 1.0 cannot carry them).
    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0) || s.value == 0xFFFE || s.value == 0xFFFF { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
