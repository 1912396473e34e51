import CLibXML2

/// A web page's element tree, built from libxml2's forgiving HTML parser through its SAX
/// callbacks, so that libxml2 never holds a tree of its own (a 20 MB page would otherwise be
/// in memory twice). The extraction stages walk and score this tree many times; plain arrays
/// of indices are cheap to walk. What never carries article text (scripts, styles, forms'
/// controls, hidden elements, comments) is left out while building; what the page says about
/// itself (`<title>`, `<meta>`, `<link>`, JSON-LD) is collected on the way.
struct HTMLTree {
    struct Node {
        /// Lower-case tag name; empty for a text node.
        var name: String
        /// The text of a text node, as libxml2 decoded it (entities resolved).
        var text: String
        /// Only the attributes the extraction reads (`keptAttributes`).
        var attributes: [(name: String, value: String)]
        var parent: Int
        var children: [Int]

        var isText: Bool { name.isEmpty }

        func attribute(_ key: String) -> String? {
            for a in attributes where a.name == key { return a.value }
            return nil
        }
    }

    fileprivate(set) var nodes: [Node] = []
    /// The `<body>` (or the root when a page has none); -1 for an empty page.
    fileprivate(set) var body = -1
    fileprivate(set) var head = PageHead()
    /// True when the page had more than `maxNodes` elements and text runs and the rest was
    /// not read: memory stays bounded whatever the page's structure.
    fileprivate(set) var truncated = false

    static let maxNodes = 3_000_000

    /// Elements whose content is never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object",
        "embed", "canvas", "button", "select", "option", "input", "textarea", "head", "audio", "video",
        "map", "dialog", "link", "meta", "title", "base",
    ]

    static let keptAttributes: Set<String> = ["class", "id", "role", "itemprop", "href", "rel", "summary"]
    /// Attributes read while building: the kept ones, the ones that hide an element, and the
    /// ones metadata lives in. Values of all others (`src`, `style` of visible elements,
    /// `data-*`…) are never copied.
    static let readAttributes: Set<String> = keptAttributes.union([
        "hidden", "aria-hidden", "style", "lang", "xml:lang", "content", "property", "name", "http-equiv", "type",
    ])

    fileprivate init() {}

    /// Parses UTF-8 `bytes` (already transcoded; any charset the page declares is ignored).
    init(utf8 bytes: [UInt8]) {
        let builder = TreeBuilder()
        var input = bytes.map { $0 == 0 ? 0x20 : $0 }
        input.append(0)
        var handler = htmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElement = { ctx, name, attributes in TreeBuilder.from(ctx).start(name, attributes) }
        handler.endElement = { ctx, name in TreeBuilder.from(ctx).end(name) }
        handler.characters = { ctx, chars, length in TreeBuilder.from(ctx).characters(chars, length) }
        handler.cdataBlock = { ctx, chars, length in TreeBuilder.from(ctx).characters(chars, length) }
        handler.ignorableWhitespace = { ctx, chars, length in TreeBuilder.from(ctx).characters(chars, length) }
        handler.serror = { _, _ in }
        let context = Unmanaged.passUnretained(builder).toOpaque()
        // Recovering mode matters beyond errors: a script that holds "</div>" in a string
        // only ends at its own "</script>".
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        input.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { base in
                guard let ctxt = htmlCreateMemoryParserCtxt(base, Int32(clamping: buf.count - 1)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                _ = htmlCtxtUseOptions(ctxt, options)
                // The bytes are UTF-8 already: say so, as htmlReadMemory(…, "UTF-8", …) would.
                if let utf8 = xmlFindCharEncodingHandler("UTF-8") { _ = xmlSwitchToEncoding(ctxt, utf8) }
                if let input = ctxt.pointee.input, input.pointee.encoding == nil {
                    input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                }
                ctxt.pointee.sax.pointee = handler
                ctxt.pointee.userData = context
                builder.parser = ctxt
                _ = htmlParseDocument(ctxt)
                if let doc = ctxt.pointee.myDoc {
                    xmlFreeDoc(doc)
                    ctxt.pointee.myDoc = nil
                }
            }
        }
        withExtendedLifetime(builder) {}
        nodes = builder.tree.nodes
        body = builder.tree.body
        head = builder.tree.head
        truncated = builder.tree.truncated
        if body < 0 && !nodes.isEmpty { body = 0 }
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
}

/// Receives libxml2's SAX events and builds the `HTMLTree`.
private final class TreeBuilder {
    var tree = HTMLTree()
    /// The parser, to stop it once the tree is full.
    var parser: htmlParserCtxtPtr?
    /// Open kept elements, innermost last, with the tag name libxml2 gave.
    var open: [(index: Int, name: String)] = []
    /// Depth inside an element that is not kept (dropped, hidden, or in `<head>`).
    var skipped: [String] = []
    /// Text being collected for `<title>` or a JSON-LD script.
    var capture: String? = nil
    var captureKind = ""

    static func from(_ ctx: UnsafeMutableRawPointer?) -> TreeBuilder {
        Unmanaged<TreeBuilder>.fromOpaque(ctx!).takeUnretainedValue()
    }

    func start(_ rawName: UnsafePointer<xmlChar>?, _ rawAttributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let rawName else { return }
        // libxml2's HTML parser gives tag and attribute names in lower case already.
        let name = String(cString: rawName)
        var attributes: [(name: String, value: String)] = []
        if var p = rawAttributes {
            while let key = p.pointee {
                let keyName = String(cString: key)
                if HTMLTree.readAttributes.contains(keyName) {
                    attributes.append((keyName, p.advanced(by: 1).pointee.map { String(cString: $0) } ?? ""))
                }
                p = p.advanced(by: 2)
            }
        }
        collectHead(name, attributes)
        if !skipped.isEmpty || name == "head" || HTMLTree.droppedElements.contains(name) || HTMLTree.isHidden(attributes) {
            skipped.append(name)
            return
        }
        guard hasRoom() else { return }
        let parent = open.last?.index ?? -1
        let index = tree.nodes.count
        let kept = attributes.count == 0 ? attributes : attributes.filter { HTMLTree.keptAttributes.contains($0.name) }
        tree.nodes.append(HTMLTree.Node(name: name, text: "", attributes: kept, parent: parent, children: []))
        if parent >= 0 { tree.nodes[parent].children.append(index) }
        if name == "body" && tree.body < 0 { tree.body = index }
        open.append((index, name))
    }

    func end(_ rawName: UnsafePointer<xmlChar>?) {
        let name = rawName.map { String(cString: $0) } ?? ""
        if !skipped.isEmpty {
            if skipped.last == name || rawName == nil { skipped.removeLast() }
            if skipped.isEmpty || name == "title" || name == "script" { finishCapture(name) }
            return
        }
        // Close up to the matching element; an unmatched end tag closes nothing.
        if let k = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(k...) }
    }

    func characters(_ chars: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let chars, length > 0 else { return }
        let text = String(decoding: UnsafeBufferPointer(start: chars, count: Int(length)), as: UTF8.self)
        if !skipped.isEmpty {
            if capture != nil { capture! += text }
            return
        }
        guard let parent = open.last?.index else { return }
        if let last = tree.nodes[parent].children.last, tree.nodes[last].isText {
            tree.nodes[last].text += text
        } else {
            guard hasRoom() else { return }
            let index = tree.nodes.count
            tree.nodes.append(HTMLTree.Node(name: "", text: text, attributes: [], parent: parent, children: []))
            tree.nodes[parent].children.append(index)
        }
    }

    private func hasRoom() -> Bool {
        if tree.nodes.count < HTMLTree.maxNodes { return true }
        if !tree.truncated, let parser { xmlStopParser(parser) }
        tree.truncated = true
        return false
    }

    private func collectHead(_ name: String, _ attributes: [(name: String, value: String)]) {
        func attr(_ key: String) -> String? { attributes.first { $0.name == key }?.value }
        switch name {
        case "html":
            if tree.head.language == nil, let lang = attr("lang") ?? attr("xml:lang") { tree.head.language = lang }
        case "title":
            if tree.head.title == nil && (skipped.isEmpty || skipped == ["head"]) { startCapture("title") }
        case "meta":
            if let content = attr("content") {
                for key in [attr("property"), attr("name"), attr("itemprop"), attr("http-equiv")].compactMap({ $0 }) {
                    for part in key.lowercased().split(separator: " ") where tree.head.metas[String(part)] == nil {
                        tree.head.metas[String(part)] = content
                    }
                }
            }
        case "link":
            if let rel = attr("rel")?.lowercased(), let href = attr("href") {
                for part in rel.split(separator: " ") where tree.head.links[String(part)] == nil {
                    tree.head.links[String(part)] = href
                }
            }
        case "base":
            if tree.head.base == nil, let href = attr("href") { tree.head.base = href }
        case "script":
            if attr("type")?.lowercased().contains("ld+json") == true { startCapture("script") }
        default:
            break
        }
    }

    private func startCapture(_ kind: String) {
        capture = ""
        captureKind = kind
    }

    private func finishCapture(_ name: String) {
        guard let text = capture, name == captureKind else { return }
        if captureKind == "title" {
            if tree.head.title == nil { tree.head.title = text }
        } else {
            tree.head.jsonLD.append(text)
        }
        capture = nil
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
