import CLibXML2

/// A web page's element tree, parsed by libxml2's forgiving HTML parser and copied into Swift
/// arrays: the extraction stages walk and score it many times, and plain arrays of indices are
/// cheaper and safer to walk than libxml2's pointers. What never carries article text (scripts,
/// styles, forms' controls, hidden elements, comments) is left out while copying; what the
/// page says about itself (`<title>`, `<meta>`, `<link>`, JSON-LD) is collected on the way.
struct HTMLTree {
    struct Node {
        /// Lower-case tag name; empty for a text node.
        var name: String
        /// The text of a text node, as libxml2 decoded it (entities resolved).
        var text: String
        var attributes: [(name: String, value: String)]
        var parent: Int
        var children: [Int]

        var isText: Bool { name.isEmpty }

        func attribute(_ key: String) -> String? {
            for a in attributes where a.name == key { return a.value }
            return nil
        }
    }

    private(set) var nodes: [Node] = []
    /// The `<body>` (or the root when a page has none); -1 for an empty page.
    private(set) var body = -1
    private(set) var head = PageHead()

    /// Elements whose content is never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object",
        "embed", "canvas", "button", "select", "option", "input", "textarea", "head", "audio", "video",
        "map", "dialog", "link", "meta", "title", "base",
    ]

    /// Parses UTF-8 `bytes` (already transcoded; any charset the page declares is ignored).
    init(utf8 bytes: [UInt8]) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    htmlReadMemory($0, Int32(clamping: buf.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc else { return }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return }
        copy(root)
        if body < 0 && !nodes.isEmpty { body = 0 }
    }

    /// Copies the libxml2 tree below `root` iteratively (deeply nested junk must not overflow
    /// the stack), collecting head information from every depth.
    private mutating func copy(_ root: xmlNodePtr) {
        // `keep` is false inside <head>: its elements are read for metadata, never kept as nodes.
        var stack: [(ptr: xmlNodePtr, parent: Int, keep: Bool)] = [(root, -1, true)]
        while let (ptr, parent, keep) = stack.popLast() {
            let node = ptr.pointee
            switch node.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard keep, parent >= 0, let content = node.content else { continue }
                let text = String(cString: content)
                if let last = nodes[parent].children.last, nodes[last].isText {
                    nodes[last].text += text
                } else {
                    append(Node(name: "", text: text, attributes: [], parent: parent, children: []))
                }
            case XML_ELEMENT_NODE:
                let name = node.name.map { String(cString: $0).lowercased() } ?? ""
                let attributes = Self.attributes(of: ptr)
                collectHead(name, attributes, ptr)
                let keepThis = keep && name != "head"
                if keepThis && (Self.droppedElements.contains(name) || Self.isHidden(attributes)) { continue }
                if !keepThis && Self.droppedElements.contains(name) && name != "head" { continue }
                var index = parent
                if keepThis {
                    index = nodes.count
                    append(Node(name: name, text: "", attributes: attributes, parent: parent, children: []))
                    if name == "body" && body < 0 { body = index }
                }
                var children: [xmlNodePtr] = []
                var child = node.children
                while let c = child {
                    children.append(c)
                    child = c.pointee.next
                }
                for c in children.reversed() { stack.append((c, index, keepThis)) }
            default:
                continue
            }
        }
    }

    private mutating func append(_ node: Node) {
        let index = nodes.count
        nodes.append(node)
        if node.parent >= 0 { nodes[node.parent].children.append(index) }
    }

    private static func attributes(of ptr: xmlNodePtr) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var attr = ptr.pointee.properties
        while let a = attr {
            if let name = a.pointee.name {
                var value = ""
                if let v = xmlNodeListGetString(ptr.pointee.doc, a.pointee.children, 1) {
                    value = String(cString: v)
                    cx_free(v)
                }
                out.append((String(cString: name).lowercased(), value))
            }
            attr = a.pointee.next
        }
        return out
    }

    /// `hidden`, `aria-hidden="true"`, or an inline style that hides the element.
    static func isHidden(_ attributes: [(name: String, value: String)]) -> Bool {
        for a in attributes {
            switch a.name {
            case "hidden":
                return true
            case "aria-hidden":
                if a.value.lowercased() == "true" { return true }
            case "style":
                let style = a.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default:
                continue
            }
        }
        return false
    }

    private mutating func collectHead(_ name: String, _ attributes: [(name: String, value: String)], _ ptr: xmlNodePtr) {
        func attr(_ key: String) -> String? { attributes.first { $0.name == key }?.value }
        switch name {
        case "html":
            if head.language == nil, let lang = attr("lang") ?? attr("xml:lang") { head.language = lang }
        case "title":
            if head.title == nil { head.title = Self.textContent(ptr) }
        case "meta":
            if let content = attr("content") {
                for key in [attr("property"), attr("name"), attr("itemprop"), attr("http-equiv")].compactMap({ $0 }) {
                    for part in key.lowercased().split(separator: " ") where head.metas[String(part)] == nil {
                        head.metas[String(part)] = content
                    }
                }
            }
        case "link":
            if let rel = attr("rel")?.lowercased(), let href = attr("href") {
                for part in rel.split(separator: " ") where head.links[String(part)] == nil {
                    head.links[String(part)] = href
                }
            }
        case "base":
            if head.base == nil, let href = attr("href") { head.base = href }
        case "script":
            if attr("type")?.lowercased().contains("ld+json") == true {
                head.jsonLD.append(Self.textContent(ptr))
            }
        default:
            break
        }
    }

    private static func textContent(_ ptr: xmlNodePtr) -> String {
        guard let c = xmlNodeGetContent(ptr) else { return "" }
        defer { cx_free(c) }
        return String(cString: c)
    }
}

/// What a page says about itself outside its body text.
struct PageHead {
    var title: String?
    var language: String?
    var base: String?
    /// `<meta>` contents by lower-case property, name, itemprop or http-equiv; the first wins.
    var metas: [String: String] = [:]
    /// `<link>` addresses by lower-case rel; the first wins.
    var links: [String: String] = [:]
    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
}
