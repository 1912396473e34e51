import CLibXML2

/// A feed document parsed by libxml2's XML parser in recovering mode, walked read-only.
/// Recovery matters: real feeds carry undeclared HTML entities, stray ampersands and bad
/// nesting, and a reader should still get their items. The network and entity expansion are
/// off (no external DTDs, no XXE); CDATA sections are read as text.
final class XMLTree {
    private let doc: xmlDocPtr

    /// Parses `bytes`; `url` is the document's address (the base of its relative links) and
    /// `encoding` the charset to assume when the document declares none.
    init?(_ bytes: [UInt8], url: String?, encoding: String?) {
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let input = HTMLEntities.declaringUndeclared(bytes)
        let parsed: xmlDocPtr? = input.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buf.count)) { base in
                xmlReadMemory(base, Int32(clamping: buf.count), url, encoding, options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: XMLElement? {
        xmlDocGetRootElement(doc).map { XMLElement(node: $0, tree: self) }
    }

    /// The base address in effect at `node`: the document's address as changed by every
    /// `xml:base` on the way down.
    func base(of node: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetBase(doc, node) else { return nil }
        defer { cx_free(raw) }
        return String(cString: raw)
    }
}

/// One element of an `XMLTree`; valid while the tree lives (it holds the tree).
struct XMLElement {
    let node: xmlNodePtr
    let tree: XMLTree

    var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, "" for none.
    var namespace: String {
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return "" }
        return String(cString: href)
    }

    func `is`(_ localName: String, in namespace: String) -> Bool {
        self.namespace == namespace && name == localName
    }

    var children: [XMLElement] {
        var out: [XMLElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(XMLElement(node: c, tree: tree)) }
            child = c.pointee.next
        }
        return out
    }

    func children(_ localName: String, in namespace: String) -> [XMLElement] {
        children.filter { $0.is(localName, in: namespace) }
    }

    func first(_ localName: String, in namespace: String) -> XMLElement? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                let e = XMLElement(node: c, tree: tree)
                if e.is(localName, in: namespace) { return e }
            }
            child = c.pointee.next
        }
        return nil
    }

    /// An attribute without a namespace (`href`), or in `namespace` (`rdf:about`).
    func attribute(_ name: String, in namespace: String? = nil) -> String? {
        let raw = namespace.map { xmlGetNsProp(node, name, $0) } ?? xmlGetNoNsProp(node, name)
        guard let raw else { return nil }
        defer { cx_free(raw) }
        return String(cString: raw)
    }

    /// The text inside, entities and CDATA resolved; an entity reference libxml2 kept
    /// unresolved becomes its character when it is a common HTML one.
    var text: String {
        var out = ""
        Self.collect(node.pointee.children, into: &out)
        return out
    }

    private static func collect(_ first: xmlNodePtr?, into out: inout String) {
        var node = first
        while let n = node {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content { out += String(cString: content) }
            case XML_ENTITY_REF_NODE:
                let name = String(cString: n.pointee.name)
                out += HTMLEntities.character(name) ?? "&\(name);"
            case XML_ELEMENT_NODE:
                // Markup inside a text element (XHTML content, a stray <b>) is kept as text.
                collect(n.pointee.children, into: &out)
            default:
                break
            }
            node = n.pointee.next
        }
    }

    /// The element's content serialised back to markup: Atom's `type="xhtml"` content is a
    /// `<div>` of XHTML, read as HTML.
    var innerMarkup: String {
        guard let buffer = xmlBufferCreate() else { return text }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let c = child {
            _ = xmlNodeDump(buffer, node.pointee.doc, c, 0, 0)
            child = c.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The base address in effect here (xml:base and the document's address).
    var base: String? { tree.base(of: node) }
}
