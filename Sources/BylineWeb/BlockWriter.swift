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

    /// The text as UTF-8, and how many scalars it holds (link offsets count scalars).
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0
    private(set) var links: [PageLink] = []
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
        while let last = bytes.last, last == 0x0A { bytes.removeLast(); count -= 1 }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Walks the element iteratively (pages nest thousands deep): an element is entered, its
    /// children written, then it is closed.
    private mutating func write(_ root: Int, preformatted: Bool) {
        enum Step { case enter(Int, Bool), close(Int, linkStart: (scalar: Int, byte: Int)) }
        var steps: [Step] = [.enter(root, preformatted)]
        while let step = steps.popLast() {
            switch step {
            case .close(let i, let linkStart):
                close(i, linkStart: linkStart)
            case .enter(let i, let preformatted):
                guard !removed[i] else { continue }
                let node = tree.nodes[i]
                if node.isText {
                    if preformatted { appendPreformatted(node.text) } else { append(node.text) }
                    continue
                }
                switch node.name {
                case "br", "hr":
                    endLine()
                    continue
                case "img", "wbr":
                    continue
                default:
                    break
                }
                if hints.block[i] { endLine() }
                let pre = preformatted || node.name == "pre" || node.name == "xmp" || node.name == "listing"
                if node.name == "td" || node.name == "th", !pendingSpace, count > lineStart { pendingSpace = true }
                steps.append(.close(i, linkStart: (count, bytes.count)))
                for c in node.children.reversed() { steps.append(.enter(c, pre)) }
            }
        }
    }

    /// After an element's children: records a link, ends a block.
    private mutating func close(_ i: Int, linkStart: (scalar: Int, byte: Int)) {
        let node = tree.nodes[i]
        if node.name == "a", let href = node.attribute("href") {
            var (start, byte) = linkStart
            while byte < bytes.count && (bytes[byte] == 0x20 || bytes[byte] == 0x0A) { start += 1; byte += 1 }
            if count > start, let target = resolveOnce(href) {
                let linkText = String(decoding: bytes[byte...], as: UTF8.self)
                links.append(PageLink(start: start, end: count, text: linkText, href: target))
            }
        }
        if hints.block[i] { endLine() }
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
                put(" ")
                pendingSpace = false
            }
            put(c)
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
                put(" ")
                pendingSpace = false
            }
            if count == lineStart && TextContent.isSpace(c) && c != " " && c != "\t" { continue }
            put(c)
        }
    }

    /// Ends the current line if it has text; trailing spaces are never written.
    private mutating func endLine() {
        pendingSpace = false
        guard count > lineStart else { return }
        while let last = bytes.last, last == 0x20 || last == 0x09, count > lineStart {
            bytes.removeLast()
            count -= 1
        }
        guard count > lineStart else { return }
        put("\n")
        lineStart = count
    }

    @inline(__always)
    private mutating func put(_ c: Unicode.Scalar) {
        if c.value < 0x80 {
            bytes.append(UInt8(c.value))
        } else {
            UTF8.encode(c) { bytes.append($0) }
        }
        count += 1
    }
}
