/// The visible text of an element with white space collapsed, for short elements such as
/// bylines, headings and titles (the article body goes through `BlockWriter`).
enum TextContent {
    static func of(_ i: Int, in tree: HTMLTree, limit: Int = 2000) -> String {
        var out = ""
        var stack = [i]
        while let n = stack.popLast(), out.utf8.count < limit {
            let node = tree.nodes[n]
            if node.isText {
                out += node.text
                continue
            }
            if ElementKinds.isBlock(node.name) || node.name == "br" { out += " " }
            stack.append(contentsOf: node.children.reversed())
        }
        return collapse(out)
    }

    /// White space runs as one space, trimmed.
    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return String(out)
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0: return true
        case 0..<0x80: return false
        default: return c.properties.isWhitespace
        }
    }
}

extension String {
    /// Ends like a sentence: a full stop, question or exclamation mark, maybe before a quote.
    var endsSentence: Bool {
        var scalars = unicodeScalars.reversed().makeIterator()
        while let c = scalars.next() {
            if "\"'”’»)".unicodeScalars.contains(c) { continue }
            return ".!?。！？".unicodeScalars.contains(c)
        }
        return false
    }
}
