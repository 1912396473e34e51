import BylineCore

/// Runs the extraction over a parsed page: reads its metadata, finds and cleans the article
/// (retrying with fewer rules when too little text survives), checks the result against the
/// page's JSON-LD `articleBody`, and writes the text with its links.
struct ArticleExtractor {
    let tree: HTMLTree
    let url: String?

    static let attempts: [ContentFinder.Rules] = [
        .init(),
        .init(stripUnlikely: false),
        .init(stripUnlikely: false, weightClasses: false),
        .init(stripUnlikely: false, weightClasses: false, cleanConditionally: false),
    ]

    func extract(warnings: [String]) -> ExtractedArticle {
        var warnings = warnings
        if tree.truncated { warnings.append("the page has more than \(HTMLTree.maxNodes) elements; only the first were read") }
        let jsonLD = JSONLDArticle(scripts: tree.head.jsonLD)
        let reader = PageMetadataReader(head: tree.head, jsonLD: jsonLD, firstHeading: firstHeading())
        var metadata = reader.read(pageURL: url)
        let base = tree.head.base.flatMap { PageAddress.resolve($0, base: url) } ?? url ?? metadata.url
        let resolve: (String) -> String? = { PageAddress.resolve($0, base: base) }

        let hints = NodeHints(tree)
        var best: (text: String, links: [PageLink], byline: String?, length: Int)? = nil
        for rules in Self.attempts {
            var found = ContentFinder(tree: tree, hints: hints, rules: rules, title: metadata.title).find()
            ContentCleaner(tree: tree, hints: hints, rules: rules).clean(&found)
            var writer = BlockWriter(tree: tree, hints: hints, removed: found.removed, resolve: resolve)
            writer.write(found.roots)
            let length = writer.count
            if best == nil || length > best!.length {
                best = (String(writer.text), writer.links, found.byline, length)
            }
            if length >= WebPage.minimumArticleLength { break }
        }
        var text = best?.text ?? ""
        var links = best?.links ?? []
        if let body = jsonLD?.articleBody, Self.prefersStructuredBody(body, over: text) {
            text = body
            links = []
        }
        if text.isEmpty { warnings.append("no article text found in the page") }
        metadata.byline = byline(jsonLD: jsonLD, reader: reader, element: best?.byline)
        return ExtractedArticle(text: text, metadata: metadata, links: links, warnings: warnings)
    }

    /// The JSON-LD body replaces the extraction only when the extraction found much less and
    /// what it found is part of that body: structured data is often truncated, sometimes stale.
    static func prefersStructuredBody(_ body: String, over text: String) -> Bool {
        let b = body.unicodeScalars.count, t = text.unicodeScalars.count
        guard b >= 200, t * 2 < b else { return false }
        return t < 100 || TextSimilarity.overlap(body, text) > 0.8
    }

    private func byline(jsonLD: JSONLDArticle?, reader: PageMetadataReader, element: String?) -> [String] {
        if let authors = jsonLD?.authors.flatMap({ BylineCleaner.names($0) }), !authors.isEmpty { return authors }
        for key in ["dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author", "parsely-author",
                    "og:article:author", "article:author", "sailthru.author", "byl"] {
            guard let value = reader.meta(key), !value.contains("://"), !value.hasPrefix("@") else { continue }
            let names = BylineCleaner.names(value)
            if !names.isEmpty { return names }
        }
        return element.map { BylineCleaner.names($0, fromText: true) } ?? []
    }

    private func firstHeading() -> String? {
        guard tree.body >= 0 else { return nil }
        for i in tree.body..<tree.nodes.count where tree.nodes[i].name == "h1" {
            let t = TextContent.of(i, in: tree)
            if !t.isEmpty { return t }
        }
        return nil
    }
}
