import BylineCore
import Foundation

/// Reads what a page declares about its article — from JSON-LD first, then Open Graph,
/// Twitter, Dublin Core and plain `<meta>` tags, `<link rel>`, `<title>` and `<h1>` — into
/// the core's `ArticleMetadata`.
struct PageMetadataReader {
    let head: PageHead
    let jsonLD: JSONLDArticle?
    /// The first `<h1>` of the page, a fallback for the title.
    let firstHeading: String?

    func meta(_ keys: String...) -> String? {
        for k in keys {
            if let v = head.metas[k].map(TextContent.collapse), !v.isEmpty { return v }
        }
        return nil
    }

    /// Everything but the byline, which needs the article's own elements too.
    func read(pageURL: String?) -> ArticleMetadata {
        var m = ArticleMetadata(format: .html)
        m.publisher = jsonLD?.publisher ?? meta("og:site_name", "application-name", "publisher", "dc.publisher",
                                                "dcterms.publisher")
        let siteName = meta("og:site_name", "application-name")
        if let siteName, siteName != m.publisher { m.site = siteName }
        m.title = title(siteName: siteName ?? m.publisher)
        m.published = PageDate.iso8601(jsonLD?.published ?? meta(
            "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "date",
            "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date"))
        m.modified = PageDate.iso8601(jsonLD?.modified ?? meta(
            "article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", "last-modified"))
        let canonical = head.links["canonical"] ?? meta("og:url") ?? jsonLD?.url
        m.url = canonical.flatMap { PageAddress.resolve($0, base: pageURL) } ?? pageURL
        m.language = language()
        return m
    }

    /// The headline: structured data and social tags as the page gives them, else the
    /// `<title>` without the site's name appended, else the first `<h1>`.
    func title(siteName: String?) -> String? {
        if let t = structuredTitle() { return t }
        if let t = meta("dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "weibo:article:title",
                        "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title") {
            return t
        }
        if let t = head.title.map(TextContent.collapse), !t.isEmpty {
            return TitleCleaner.strip(t, siteName: siteName, heading: firstHeading)
        }
        return firstHeading
    }

    /// JSON-LD's headline, or its name when only the name matches the page's `<title>`.
    private func structuredTitle() -> String? {
        guard let jsonLD else { return nil }
        if let headline = jsonLD.headline, let name = jsonLD.name, headline != name, let pageTitle = head.title {
            let nameMatches = TextSimilarity.overlap(pageTitle, name) > 0.75
            let headlineMatches = TextSimilarity.overlap(pageTitle, headline) > 0.75
            return nameMatches && !headlineMatches ? name : headline
        }
        return jsonLD.headline ?? jsonLD.name
    }

    private func language() -> String? {
        let raw = head.language ?? jsonLD?.language ?? meta("content-language", "og:locale", "language", "dc.language")
        guard let raw else { return nil }
        let tag = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
        let first = tag.split(separator: ",").first.map(String.init) ?? tag
        guard !first.isEmpty, first.count <= 35, first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            return nil
        }
        return first
    }
}

/// Takes a site's name off a `<title>` such as "Headline | The Site" or "The Site - Headline".
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " _ ", " : "]

    /// - Parameter heading: the page's first `<h1>`; a first part of the title that is exactly
    ///   the heading is the headline, and what the separator adds is the site. (A last part
    ///   equal to the heading is more often the site's logo.)
    static func strip(_ title: String, siteName: String?, heading: String?) -> String {
        for sep in separators where title.contains(sep) {
            let parts = title.components(separatedBy: sep)
            guard parts.count >= 2 else { continue }
            let first = parts[0], last = parts[parts.count - 1]
            if let heading, first.lowercased() == heading.lowercased(), first.split(separator: " ").count >= 2 {
                return first
            }
            if let siteName, !siteName.isEmpty {
                if TextSimilarity.similar(last, siteName) { return parts.dropLast().joined(separator: sep) }
                if TextSimilarity.similar(first, siteName) { return parts.dropFirst().joined(separator: sep) }
            }
            let rest = parts.dropLast().joined(separator: sep)
            if rest.split(separator: " ").count >= 5 && last.split(separator: " ").count <= 3 { return rest }
        }
        return title
    }
}

/// Authors' names from the places pages put them, without "By" and without dates.
enum BylineCleaner {
    static let prefixes = ["by ", "par ", "por ", "von ", "door ", "di ", "av ", "de ", "written by ", "words by ",
                           "story by ", "posted by ", "autor: ", "author: ", "by: "]

    /// - Parameter fromText: the raw text of a byline element, where a date or a time may
    ///   follow the names; structured fields are kept whole.
    static func names(_ raw: String, fromText: Bool = false) -> [String] {
        var s = TextContent.collapse(raw)
        let lowered = s.lowercased()
        for p in prefixes where lowered.hasPrefix(p) {
            s = String(s.dropFirst(p.count))
            break
        }
        // A date, a time or a separator ends the names.
        if fromText {
            if let cut = s.firstIndex(where: { $0.isNumber || "|•·\n".contains($0) }) { s = String(s[..<cut]) }
            for stop in [" on ", " - ", " – ", " — ", " updated", " published", " posted"] {
                if let r = s.range(of: stop, options: .caseInsensitive) { s = String(s[..<r.lowerBound]) }
            }
        }
        let names = s.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { unwrap($0.trimmingCharacters(in: CharacterSet(charactersIn: " .:-–—").union(.whitespaces))) }
            .filter { !$0.isEmpty && $0.count <= 80 && !$0.contains("://") }
        return names.flatMap(splitPair)
    }

    /// "(Jane Roe)" → "Jane Roe"; brackets inside a name stay.
    private static func unwrap(_ s: String) -> String {
        guard s.count >= 2, let first = s.first, let last = s.last,
              (first == "(" && last == ")") || (first == "[" && last == "]") else { return s }
        return String(s.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }

    /// "Jane Roe and John Doe" is two authors; "Mac & i" or "Smith (with Jones and Lee)" stay
    /// whole: both sides must read as full names.
    static func splitPair(_ name: String) -> [String] {
        let parts = name.components(separatedBy: " and ")
        guard parts.count == 2, parts.allSatisfy(looksLikeFullName) else { return [name] }
        return parts
    }

    private static func looksLikeFullName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" } }
    }
}

/// Dates as ISO 8601: kept as given when they already are, converted from the other common
/// forms (RFC 2822, "2016/12/22"), dropped when they cannot be read.
enum PageDate {
    static func iso8601(_ raw: String?) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        let b = Array(raw.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        if digits(0..<4), b.count >= 10, b[4] == 0x2D, digits(5..<7), b[7] == 0x2D, digits(8..<10) {
            if b.count > 10, b[10] == 0x20 { return String(raw.prefix(10)) + "T" + String(raw.dropFirst(11)).replacingOccurrences(of: " ", with: "") }
            return raw
        }
        if digits(0..<4), b.count >= 10, b[4] == 0x2F, digits(5..<7), b[7] == 0x2F, digits(8..<10) {
            return raw.prefix(10).replacingOccurrences(of: "/", with: "-")
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "MMMM d, yyyy", "MMM d, yyyy"] {
            formatter.dateFormat = format
            if let d = formatter.date(from: raw) {
                let out = ISO8601DateFormatter()
                if format.contains("HH") { return out.string(from: d) }
                out.formatOptions = [.withFullDate]
                return out.string(from: d)
            }
        }
        return nil
    }
}

/// Absolute addresses for links and canonical URLs.
enum PageAddress {
    static func resolve(_ href: String, base: String?) -> String? {
        let h = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !h.isEmpty else { return nil }
        let lower = h.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") { return nil }
        if let base, let baseURL = URL(string: base), let url = URL(string: h, relativeTo: baseURL) {
            return url.absoluteString
        }
        if let url = URL(string: h), url.scheme != nil { return url.absoluteString }
        return base == nil ? h : nil
    }
}
