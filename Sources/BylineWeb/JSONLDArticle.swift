import Foundation

/// What a page's schema.org JSON-LD says about its article: headline, authors, publisher,
/// dates, address, language and sometimes the body itself. Only objects typed as articles
/// (or web pages, for the publisher and dates) are read; malformed scripts are skipped.
struct JSONLDArticle {
    var headline: String?
    var name: String?
    var authors: [String] = []
    var publisher: String?
    var published: String?
    var modified: String?
    var url: String?
    var language: String?
    var articleBody: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "techarticle", "scholarlyarticle", "report", "medicalscholarlyarticle", "advertisercontentarticle",
        "satiricalarticle", "discussionforumposting", "creativework", "webpage",
    ]

    /// Reads the first article object of the page's JSON-LD scripts; nil when there is none.
    init?(scripts: [String]) {
        var best: [String: Any]? = nil
        var bestRank = Int.max
        for script in scripts {
            guard let value = Self.parse(script) else { continue }
            for object in Self.objects(in: value) {
                guard let rank = Self.rank(object), rank < bestRank else { continue }
                best = object
                bestRank = rank
            }
        }
        guard let best else { return nil }
        headline = Self.string(best["headline"])
        name = Self.string(best["name"])
        authors = Self.names(best["author"] ?? best["creator"])
        publisher = Self.names(best["publisher"]).first
        published = Self.string(best["datePublished"]) ?? Self.string(best["dateCreated"])
        modified = Self.string(best["dateModified"])
        url = Self.string(best["url"]) ?? Self.names(best["mainEntityOfPage"], key: "@id").first
        language = Self.string(best["inLanguage"])
        articleBody = (best["articleBody"] as? String).map(Self.paragraphs)
    }

    /// Lower is better: news and blog articles before other articles, before web pages.
    private static func rank(_ object: [String: Any]) -> Int? {
        let types: [String]
        if let t = object["@type"] as? String { types = [t] } else { types = (object["@type"] as? [String]) ?? [] }
        var best: Int? = nil
        for t in types.map({ $0.lowercased() }) where articleTypes.contains(t) {
            let r = t == "webpage" ? 3 : t == "creativework" ? 2 : t.hasSuffix("article") || t.hasSuffix("posting") ? 0 : 1
            best = min(best ?? r, r)
        }
        return best
    }

    private static func parse(_ script: String) -> Any? {
        var s = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
            s = s.replacingOccurrences(of: wrapper, with: "")
        }
        guard let data = s.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    /// Every object, looking into arrays and `@graph`s.
    private static func objects(in value: Any) -> [[String: Any]] {
        var out: [[String: Any]] = []
        var stack: [Any] = [value]
        while let v = stack.popLast(), out.count < 200 {
            if let array = v as? [Any] {
                stack.append(contentsOf: array.reversed())
            } else if let object = v as? [String: Any] {
                out.append(object)
                if let graph = object["@graph"] { stack.append(graph) }
            }
        }
        return out
    }

    static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = TextContent.collapse(s)
            return t.isEmpty ? nil : t
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// A body's lines with their white space collapsed, blank ones dropped.
    static func paragraphs(_ body: String) -> String {
        body.split(whereSeparator: \.isNewline).map { TextContent.collapse(String($0)) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Names from a string, an object with `name`, or a list of either.
    static func names(_ value: Any?, key: String = "name") -> [String] {
        switch value {
        case let s as String:
            return string(s).map { [$0] } ?? []
        case let object as [String: Any]:
            return string(object[key]).map { [$0] } ?? []
        case let array as [Any]:
            return array.flatMap { names($0, key: key) }
        default:
            return []
        }
    }
}
