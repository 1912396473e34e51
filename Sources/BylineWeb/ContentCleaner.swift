/// Clears what is left inside the chosen article of things that are not its text: footers,
/// asides, share bars, headings named as boilerplate, and containers that read like page
/// furniture — mostly links, more images than paragraphs, almost no text — unless they are
/// data tables or code.
struct ContentCleaner {
    let tree: HTMLTree
    let hints: NodeHints
    let rules: ContentFinder.Rules

    static let conditional: Set<String> = ["form", "fieldset", "table", "ul", "div"]

    func clean(_ found: inout ContentFinder.Found) {
        let nodes = tree.nodes
        let stats = found.stats
        for root in found.roots {
            var stack: [(node: Int, protected: Bool, inFigure: Bool)] = [(root, false, false)]
            while let (i, protectedAbove, inFigureAbove) = stack.popLast() {
                let node = nodes[i]
                guard !node.isText, stats.alive[i], !found.removed[i] else { continue }
                if shouldRemove(i, protected: protectedAbove, inFigure: inFigureAbove, isRoot: i == root, stats) {
                    found.removed[i] = true
                    continue
                }
                let protected = protectedAbove || node.name == "code" || node.name == "pre"
                    || (node.name == "table" && isDataTable(i))
                let inFigure = inFigureAbove || node.name == "figure"
                for c in node.children.reversed() { stack.append((c, protected, inFigure)) }
            }
        }
    }

    private func shouldRemove(_ i: Int, protected: Bool, inFigure: Bool, isRoot: Bool, _ stats: NodeStats) -> Bool {
        let node = tree.nodes[i]
        switch node.name {
        case "footer", "aside", "nav":
            return true
        case "h1", "h2":
            if rules.weightClasses && hints.weight[i] < 0 { return true }
        default:
            break
        }
        if !isRoot, stats.textLength[i] < 500, hints.share[i] { return true }
        guard rules.cleanConditionally, !protected, Self.conditional.contains(node.name) else { return false }
        if node.name == "table" && isDataTable(i) { return false }
        let weight = rules.weightClasses ? hints.weight[i] : 0
        if weight < 0 { return true }
        guard stats.commas[i] < 10 else { return false }
        let paragraphs = Double(stats.paragraphs[i])
        let images = Double(stats.images[i])
        let listItems = stats.listItems[i] - 100
        let length = stats.textLength[i]
        let headingDensity = length == 0 ? 0 : Double(stats.headingLength[i]) / Double(length)
        let linkDensity = stats.linkDensity(i)
        let isList = node.name == "ul" || node.name == "ol"
        if images > 1 && paragraphs / images < 0.5 && !inFigure { return true }
        if !isList && Double(listItems) > paragraphs { return true }
        if !isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure { return true }
        if !isList && weight < 25 && linkDensity > 0.2 { return true }
        if weight >= 25 && linkDensity > 0.5 { return true }
        return false
    }

    /// A table of data rather than of layout: headers or a caption, or a real grid.
    func isDataTable(_ i: Int) -> Bool {
        let nodes = tree.nodes
        if nodes[i].attribute("role")?.lowercased() == "presentation" { return false }
        if nodes[i].attribute("summary") != nil { return true }
        var rows = 0, columns = 0
        var stack = nodes[i].children
        while let n = stack.popLast() {
            switch nodes[n].name {
            case "caption", "th", "thead", "tfoot", "colgroup": return true
            case "table": return false
            case "tr":
                rows += 1
                if nodes[n].children.contains(where: { nodes[$0].name == "th" }) { return true }
                columns = max(columns, nodes[n].children.filter { nodes[$0].name == "td" }.count)
            default:
                stack.append(contentsOf: nodes[n].children)
            }
        }
        return rows >= 10 || columns > 4 || rows * columns > 10
    }
}
