/// Per-element counts of what is inside it — text, link text, commas, paragraphs, images,
/// list items, heading text — computed in one pass from the leaves up, so that scoring and
/// cleaning never walk a subtree twice.
struct NodeStats {
    var alive: [Bool]
    var textLength: [Int32]
    var linkLength: [Int32]
    var commas: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var headingLength: [Int32]

    /// Counts over the tree without the `removed` elements (and everything inside them).
    init(_ tree: HTMLTree, removed: [Bool]) {
        let n = tree.nodes.count
        alive = Array(repeating: false, count: n)
        var inLink = Array(repeating: false, count: n)
        var inHeading = Array(repeating: false, count: n)
        for i in 0..<n {
            let node = tree.nodes[i]
            let p = node.parent
            alive[i] = !removed[i] && (p < 0 || alive[p])
            inLink[i] = node.name == "a" || (p >= 0 && inLink[p])
            inHeading[i] = ElementKinds.headings.contains(node.name) || (p >= 0 && inHeading[p])
        }
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        paragraphs = Array(repeating: 0, count: n)
        images = Array(repeating: 0, count: n)
        listItems = Array(repeating: 0, count: n)
        headingLength = Array(repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) where alive[i] {
            let node = tree.nodes[i]
            if node.isText {
                let (length, c) = Self.measure(node.text)
                textLength[i] = Int32(clamping: length)
                commas[i] = Int32(clamping: c)
                if inLink[i] { linkLength[i] = Int32(clamping: length) }
                if inHeading[i] { headingLength[i] = Int32(clamping: length) }
            } else {
                switch node.name {
                case "p": paragraphs[i] += 1
                case "img", "picture": images[i] += 1
                case "li": listItems[i] += 1
                default: break
                }
            }
            let p = node.parent
            guard p >= 0 else { continue }
            textLength[p] &+= textLength[i]
            linkLength[p] &+= linkLength[i]
            commas[p] &+= commas[i]
            paragraphs[p] &+= paragraphs[i]
            images[p] &+= images[i]
            listItems[p] &+= listItems[i]
            headingLength[p] &+= headingLength[i]
        }
    }

    /// Scalars with every run of white space counted once, and commas of any script.
    static func measure(_ text: String) -> (length: Int, commas: Int) {
        var length = 0, commas = 0
        var lastSpace = true
        for s in text.unicodeScalars {
            if TextContent.isSpace(s) {
                if !lastSpace { length += 1 }
                lastSpace = true
            } else {
                length += 1
                lastSpace = false
                if s == "," || s == "\u{060C}" || s == "\u{3001}" || s == "\u{FF0C}" || s == "\u{FE50}" { commas += 1 }
            }
        }
        return (length, commas)
    }

    /// Share of the text that sits inside links (0 for an element without text).
    func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }
}
