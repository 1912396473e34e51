import BylineCore

/// The source chain as a tree: each source hangs under the node that relayed it (`via`),
/// publishers at the roots, drawn with box-drawing prefixes like `tree(1)`.
enum SourceTree {
    static func rows(_ sources: [Source]) -> [PaneRow] {
        let ids = Dictionary(sources.indices.map { (sources[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for (i, s) in sources.enumerated() {
            if let via = s.via, let parent = ids[via], parent != i {
                children[parent, default: []].append(i)
            } else {
                roots.append(i)
            }
        }
        roots.sort { (sources[$0].kind == .publisher ? 0 : 1, $0) < (sources[$1].kind == .publisher ? 0 : 1, $1) }
        var rows: [PaneRow] = []
        var seen = Set<Int>()
        func visit(_ i: Int, _ lead: String, _ branch: String) {
            guard seen.insert(i).inserted else { return }
            rows.append(.source(i, prefix: lead + branch))
            let kids = children[i] ?? []
            let childLead = lead + (branch.isEmpty ? "" : (branch == "└─ " ? "   " : "│  "))
            for (n, k) in kids.enumerated() {
                visit(k, childLead, n == kids.count - 1 ? "└─ " : "├─ ")
            }
        }
        for r in roots { visit(r, "", "") }
        for i in sources.indices where !seen.contains(i) { visit(i, "", "") }
        return rows
    }
}
