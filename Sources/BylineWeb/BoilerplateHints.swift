/// What an element's `class`, `id` and `role` say about it. Sites name their boilerplate
/// plainly ("sidebar", "share-tools", "related-links", "cookie-banner") and their article body
/// too ("article-content", "post-body"); these words are the cheapest strong signal there is.
enum BoilerplateHints {
    /// Words naming page furniture that is never the article.
    static let unlikely = [
        "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
        "cookie", "consent", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
        "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
        "supplemental", "pagination", "pager", "popup", "modal", "newsletter", "subscribe", "signup",
        "promo", "outbrain", "taboola", "recommend", "most-popular", "trending", "navbar", "topnav", "masthead",
    ]
    /// Words that save an element from `unlikely`: it may wrap the article.
    static let maybe = ["and", "article", "body", "column", "content", "main", "shadow"]

    /// Words that make an element more likely to be the article's container.
    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
        "story", "prose", "rich-text", "richtext",
    ]
    /// Words that make it less likely.
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "widget", "taboola", "newsletter", "subscribe", "cookie", "byline-share",
    ]

    /// Roles that mark page furniture.
    static let unlikelyRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
        "search",
    ]

    /// Words of elements that hold an article's byline.
    static let bylineWords = ["byline", "author", "dateline", "writtenby", "p-author"]

    static let unlikelyBytes = WordMatcher(unlikely)
    static let maybeBytes = WordMatcher(maybe)
    static let positiveBytes = WordMatcher(positive)
    static let negativeBytes = WordMatcher(negative)
    static let bylineBytes = WordMatcher(bylineWords)
    /// A cheap first test before the hint is split into words.
    static let shareStemBytes = WordMatcher(["shar"])

    /// `class` and `id`, lower-cased and joined, the text the word lists are matched against.
    static func hint(_ node: HTMLTree.Node) -> [UInt8] {
        var s: [UInt8] = []
        for a in node.attributes where a.name == "class" || a.name == "id" {
            s.append(0x20)
            for b in a.value.utf8 { s.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        }
        return s
    }

    static func matches(_ hint: [UInt8], _ words: WordMatcher) -> Bool {
        words.occurs(in: hint[...])
    }

    /// Boilerplate by its name, unless it also names itself as content, or by its role.
    static func isUnlikely(_ node: HTMLTree.Node, hint: [UInt8]) -> Bool {
        if let role = node.attribute("role")?.lowercased(), unlikelyRoles.contains(role) { return true }
        if node.attribute("itemprop")?.lowercased().contains("articlebody") == true { return false }
        return matches(hint, unlikelyBytes) && !matches(hint, maybeBytes)
    }

    /// +25 for a content name, -25 for a boilerplate name, for `class` and `id` separately:
    /// each is its own stretch of the node's `hint`, already lower-cased.
    static func weight(_ node: HTMLTree.Node, hint: [UInt8]) -> Double {
        var w = 0.0
        var start = 0
        for a in node.attributes where a.name == "class" || a.name == "id" {
            let end = start + 1 + a.value.utf8.count
            let value = hint[start..<end]
            if negativeBytes.occurs(in: value) { w -= 25 }
            if positiveBytes.occurs(in: value) { w += 25 }
            start = end
        }
        return w
    }

    /// An element that holds the byline: `rel=author`, `itemprop=author`, or named so.
    static func isByline(_ node: HTMLTree.Node, hint: [UInt8]) -> Bool {
        if node.attribute("rel")?.lowercased() == "author" { return true }
        if node.attribute("itemprop")?.lowercased().contains("author") == true { return true }
        return matches(hint, bylineBytes)
    }

    /// Share buttons and their labels: "share" as a word of the class or id.
    static func isShareBar(_ hint: [UInt8]) -> Bool {
        guard matches(hint, shareStemBytes) else { return false }
        return hint.split { !($0 >= 0x61 && $0 <= 0x7A) }.contains {
            $0.elementsEqual("share".utf8) || $0.elementsEqual("sharedaddy".utf8) || $0.elementsEqual("sharing".utf8)
        }
    }
}
