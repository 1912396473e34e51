import Foundation

/// Writes the article's elements as plain text, one block a line: headings, paragraphs, list
/// items, quotes, captions and table cells each on a line of their own, inline elements run
/// together, white space collapsed (kept in `<pre>`, without blank lines), `<br>` a line
/// break. Records where each link's text lands, in Unicode scalars.
struct BlockWriter {
    let tree: HTMLTree
    let hints: NodeHints
    let removed: [Bool]
    /// Resolves link targets against the page's address.
    let resolve: (String) -> String?

    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var links: [PageLink] = []
    private var count: Int { scalars.count }
    private var lineStart = 0
    /// Resolved targets by written `href`: pages repeat the same few addresses many times.
    private var resolved: [String: String?] = [:]
    private var pendingSpace = false

    init(tree: HTMLTree, hints: NodeHints, removed: [Bool], resolve: @escaping (String) -> String?) {
        self.tree = tree
        self.hints = hints
        self.removed = removed
        self.resolve = resolve
    }

    mutating func write(_ roots: [Int]) {
        for r in roots { write(r, preformatted: false) }
        endLine()
        while let last = scalars.last, last == "\n" { scalars.removeLast() }
    }

    var text: String { String(String.UnicodeScalarView(scalars)) }

    private mutating func write(_ i: Int, preformatted: Bool) {
        guard !removed[i] else { return }
        let node = tree.nodes[i]
        if node.isText {
            if preformatted { appendPreformatted(node.text) } else { append(node.text) }
            return
        }
        switch node.name {
        case "br":
            endLine()
            return
        case "img", "hr", "wbr":
            if node.name == "hr" { endLine() }
            return
        default:
            break
        }
        let block = hints.block[i]
        if block { endLine() }
        let pre = preformatted || node.name == "pre" || node.name == "xmp" || node.name == "listing"
        let linkStart = count
        if node.name == "td" || node.name == "th", !pendingSpace, count > lineStart { pendingSpace = true }
        for c in node.children { write(c, preformatted: pre) }
        if node.name == "a", let href = node.attribute("href") {
            var start = linkStart
            while start < count && (scalars[start] == " " || scalars[start] == "\n") { start += 1 }
            if count > start, let target = resolveOnce(href) {
                let linkText = String(String.UnicodeScalarView(scalars[start..<count]))
                links.append(PageLink(start: start, end: count, text: linkText, href: target))
            }
        }
        if block { endLine() }
    }

    private mutating func resolveOnce(_ href: String) -> String? {
        if let known = resolved[href] { return known }
        let target = resolve(href)
        resolved[href] = target
        return target
    }

    /// Inline text: runs of white space become one space, none at the start of a line.
    private mutating func append(_ s: String) {
        for c in s.unicodeScalars {
            if TextContent.isSpace(c) {
                if count > lineStart { pendingSpace = true }
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(c)
        }
    }

    /// Preformatted text keeps its spaces and line breaks; blank lines are dropped so that the
    /// text keeps one block a paragraph.
    private mutating func appendPreformatted(_ s: String) {
        for c in s.unicodeScalars {
            if c == "\n" || c == "\r" {
                endLine()
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            if count == lineStart && TextContent.isSpace(c) && c != " " && c != "\t" { continue }
            scalars.append(c)
        }
    }

    /// Ends the current line if it has text; trailing spaces are never written.
    private mutating func endLine() {
        pendingSpace = false
        guard count > lineStart else { return }
        while let last = scalars.last, last == " " || last == "\t", count > lineStart { scalars.removeLast() }
        guard count > lineStart else { return }
        scalars.append("\n")
        lineStart = count
    }
}
