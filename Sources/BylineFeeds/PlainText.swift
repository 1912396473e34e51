import CLibXML2

/// HTML as feeds put it in titles and descriptions ("Harbour &lt;em&gt;votes&lt;/em&gt;",
/// a CDATA paragraph), turned into plain text with libxml2's HTML parser: tags dropped,
/// entities resolved, scripts and styles left out, white space collapsed; block elements
/// and `<br>` end a line when `keepLines` is set, else everything is one line.
public enum PlainText {
    public static func fromHTML(_ html: String, keepLines: Bool = false) -> String {
        guard html.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 }) else { return collapse(html, keepLines: keepLines) }
        let wrapped = Array(("<html><body>" + html + "</body></html>").utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        let doc: htmlDocPtr? = wrapped.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { base in
                htmlReadMemory(base, Int32(clamping: buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return collapse(html, keepLines: keepLines) }
        defer { xmlFreeDoc(doc) }
        var out = ""
        walk(xmlDocGetRootElement(doc), into: &out)
        return collapse(out, keepLines: keepLines)
    }

    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "head"]
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt",
    ]

    private static func walk(_ first: xmlNodePtr?, into out: inout String) {
        var node = first
        while let n = node {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let content = n.pointee.content {
                out += String(cString: content)
            } else if n.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: n.pointee.name).lowercased()
                if !skipped.contains(name) {
                    let block = blocks.contains(name)
                    if block { out += "\n" }
                    walk(n.pointee.children, into: &out)
                    if block { out += "\n" }
                }
            }
            node = n.pointee.next
        }
    }

    /// Runs of white space become one space; with `keepLines`, line breaks survive as one
    /// newline (a blank line for two or more) and lines are trimmed.
    static func collapse(_ text: String, keepLines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var newlines = 0
        for s in text.unicodeScalars {
            if s == "\n" || s == "\r" {
                if keepLines { newlines += 1; pendingSpace = false } else { pendingSpace = true }
            } else if s.properties.isWhitespace && s != "\u{00A0}" {
                if newlines == 0 { pendingSpace = true }
            } else {
                if !out.isEmpty {
                    if newlines > 0 { out.append(contentsOf: newlines > 1 ? "\n\n".unicodeScalars : "\n".unicodeScalars) }
                    else if pendingSpace { out.append(" ") }
                }
                out.append(s)
                pendingSpace = false
                newlines = 0
            }
        }
        return String(out)
    }
}
