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

    private(set) var text = String.UnicodeScalarView()
    private(set) var links: [PageLink] = []
    private var count = 0
    private var lineStart = 0
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
        while let last = text.last, last == "\n" { text.removeLast(); count -= 1 }
    }

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
        if node.name == "a", count > linkStart, let href = node.attribute("href"), let target = resolve(href) {
            let linkText = String(String.UnicodeScalarView(text.suffix(count - linkStart)))
            links.append(PageLink(start: linkStart, end: count, text: linkText, href: target))
        }
        if block { endLine() }
    }

    /// Inline text: runs of white space become one space, none at the start of a line.
    private mutating func append(_ s: String) {
        for c in s.unicodeScalars {
            if TextContent.isSpace(c) {
                if count > lineStart { pendingSpace = true }
                continue
            }
            if pendingSpace {
                text.append(" ")
                count += 1
                pendingSpace = false
            }
            text.append(c)
            count += 1
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
                text.append(" ")
                count += 1
                pendingSpace = false
            }
            if count == lineStart && TextContent.isSpace(c) && c != " " && c != "\t" { continue }
            text.append(c)
            count += 1
        }
    }

    /// Ends the current line if it has text; trailing spaces are never written.
    private mutating func endLine() {
        pendingSpace = false
        guard count > lineStart else { return }
        while let last = text.last, last == " " || last == "\t", count > lineStart {
            text.removeLast()
            count -= 1
        }
        guard count > lineStart else { return }
        text.append("\n")
        count += 1
        lineStart = count
    }
}
