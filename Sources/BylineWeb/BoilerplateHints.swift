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
    static let maybe = ["and", "article", "body", "column", "content", "main", "shadow", "story", "post", "entry"]

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

    /// `class` and `id`, lower-cased and joined, the text the word lists are matched against.
    static func hint(_ node: HTMLTree.Node) -> String {
        var s = ""
        for a in node.attributes where a.name == "class" || a.name == "id" {
            s += " " + a.value.lowercased()
        }
        return s
    }

    static func matches(_ hint: String, _ words: [String]) -> Bool {
        guard !hint.isEmpty else { return false }
        for w in words where hint.contains(w) { return true }
        return false
    }

    /// Boilerplate by its name, unless it also names itself as content, or by its role.
    static func isUnlikely(_ node: HTMLTree.Node) -> Bool {
        if let role = node.attribute("role")?.lowercased(), unlikelyRoles.contains(role) { return true }
        if node.attribute("itemprop")?.lowercased().contains("articlebody") == true { return false }
        let h = hint(node)
        return matches(h, unlikely) && !matches(h, maybe)
    }

    /// +25 for a content name, -25 for a boilerplate name, for `class` and `id` separately.
    static func weight(_ node: HTMLTree.Node) -> Double {
        var w = 0.0
        for a in node.attributes where a.name == "class" || a.name == "id" {
            let v = a.value.lowercased()
            if matches(v, negative) { w -= 25 }
            if matches(v, positive) { w += 25 }
        }
        return w
    }
}
