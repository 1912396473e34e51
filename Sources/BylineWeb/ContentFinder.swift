/// Finds the element that holds the article, and its siblings that continue it.
///
/// Every paragraph-like block scores by its length and commas, and hands its score up to its
/// ancestors (all of it to the parent, half to the grandparent, less further up), so the
/// container with the most prose collects the most. Containers start from what they are
/// (`div` up, lists and headings down) and what they are called (`article-body` up,
/// `sidebar` down), and lose the share of their text that is links. The best container wins;
/// its parent wins instead when several strong candidates share it; siblings that score well
/// or read like prose join it. Boilerplate named as such is set aside before scoring.
struct ContentFinder {
    /// Which rules are on: the extraction retries with fewer when a page yields too little.
    struct Rules: Sendable {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
    }

    struct Found {
        /// The article's elements, in document order.
        var roots: [Int]
        /// Elements left out of the article (with everything inside them).
        var removed: [Bool]
        /// The text of a byline element met on the way, before it was removed.
        var byline: String?
        var stats: NodeStats
    }

    let tree: HTMLTree
    let hints: NodeHints
    let rules: Rules
    /// The page's title, to drop the heading that repeats it.
    let title: String?

    static let minParagraphLength = 25

    func find() -> Found {
        var removed = Array(repeating: false, count: tree.nodes.count)
        guard tree.body >= 0 else {
            return Found(roots: [], removed: removed, byline: nil, stats: NodeStats(tree, removed: removed))
        }
        let byline = setAsideBoilerplate(&removed)
        let stats = NodeStats(tree, removed: removed)
        let scores = score(stats)
        let roots = choose(scores, stats)
        return Found(roots: roots, removed: removed, byline: byline, stats: stats)
    }

    /// Removes named boilerplate, the first byline element (returning its text) and the first
    /// heading that repeats the title.
    private func setAsideBoilerplate(_ removed: inout [Bool]) -> String? {
        var byline: String? = nil
        var titleHeadingSeen = false
        let nodes = tree.nodes
        var inProtected = Array(repeating: false, count: nodes.count)
        for i in tree.body..<nodes.count {
            let node = nodes[i]
            let p = node.parent
            if p >= 0 && removed[p] { removed[i] = true; continue }
            guard !node.isText, i != tree.body else { continue }
            inProtected[i] = (p >= 0 && inProtected[p]) || node.name == "table" || node.name == "code" || node.name == "pre"
            if byline == nil, hints.byline[i] {
                let text = TextContent.of(i, in: tree)
                if !text.isEmpty && text.count < 100 {
                    byline = text
                    removed[i] = true
                    continue
                }
            }
            if !titleHeadingSeen, node.name == "h1" || node.name == "h2", let title {
                let heading = TextContent.of(i, in: tree)
                if !heading.isEmpty && TextSimilarity.overlap(title, heading) > 0.75 {
                    titleHeadingSeen = true
                    removed[i] = true
                    continue
                }
            }
            if rules.stripUnlikely, !inProtected[i], !["a", "article", "main", "html", "body"].contains(node.name),
               hints.unlikely[i] {
                removed[i] = true
            }
        }
        return byline
    }

    /// Scores every container that holds paragraphs, scaled down by its link density.
    private func score(_ stats: NodeStats) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        let nodes = tree.nodes
        func credit(_ owner: Int, _ points: Double) {
            var a = owner, level = 0
            while a >= 0 && level < 5 {
                if scores[a] == nil { scores[a] = initialScore(a) }
                let share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / Double(level * 3)
                scores[a]! += points * share
                a = nodes[a].parent
                level += 1
            }
        }
        for i in tree.body..<nodes.count where stats.alive[i] && !nodes[i].isText {
            let node = nodes[i]
            let divLike = node.name == "div" || node.name == "article" || node.name == "main"
            let hasBlockChild = node.children.contains { stats.alive[$0] && hints.block[$0] }
            if ElementKinds.paragraphs.contains(node.name) || (divLike && !hasBlockChild) {
                let length = stats.textLength[i]
                guard length >= Self.minParagraphLength, node.parent >= 0 else { continue }
                credit(node.parent, 1 + Double(stats.commas[i]) + min(Double(length / 100), 3))
            } else if divLike && hasBlockChild {
                // Prose written straight into a division, between its blocks.
                var length = 0, commas = 0
                for c in node.children where stats.alive[c] && !hints.block[c] {
                    length += Int(stats.textLength[c])
                    commas += Int(stats.commas[c])
                }
                guard length >= Self.minParagraphLength else { continue }
                credit(i, 1 + Double(commas) + min(Double(length / 100), 3))
            }
        }
        for (i, s) in scores { scores[i] = s * (1 - stats.linkDensity(i)) }
        return scores
    }

    private func initialScore(_ i: Int) -> Double {
        let node = tree.nodes[i]
        return ElementKinds.baseScore(node.name) + (rules.weightClasses ? hints.weight[i] : 0)
    }

    /// The best container, moved up when its parent is the real article, with its siblings.
    private func choose(_ scores: [Int: Double], _ stats: NodeStats) -> [Int] {
        let nodes = tree.nodes
        let body = tree.body
        let ranked = scores.filter { $0.key != body && $0.key > body }.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        guard var top = ranked.first?.key, var topScore = ranked.first?.value else { return [body] }
        func ancestors(_ i: Int) -> [Int] {
            var out: [Int] = []
            var a = nodes[i].parent
            while a >= 0 { out.append(a); a = nodes[a].parent }
            return out
        }
        // Several near-equal candidates under one parent: the parent is the article.
        let rivals = ranked.dropFirst().prefix(4).filter { $0.value >= topScore * 0.75 }.map { Set(ancestors($0.key)) }
        if rivals.count >= 3 {
            for a in ancestors(top) where a != body && nodes[a].name != "html" {
                if rivals.filter({ $0.contains(a) }).count >= 3 {
                    top = a
                    topScore = max(topScore, scores[a] ?? 0)
                    break
                }
            }
        }
        // Climb while the parent scores better, as long as it keeps a third of the score.
        var parent = nodes[top].parent
        var lastScore = topScore
        let threshold = lastScore / 3
        while parent >= 0 && parent != body && nodes[parent].name != "html" {
            guard let s = scores[parent] else { parent = nodes[parent].parent; continue }
            if s < threshold { break }
            if s > lastScore { top = parent; topScore = max(topScore, s); break }
            lastScore = s
            parent = nodes[parent].parent
        }
        // A container that is its parent's only element child stands for the parent.
        while true {
            let p = nodes[top].parent
            guard p >= 0, p != body, nodes[p].name != "html" else { break }
            let elements = nodes[p].children.filter { stats.alive[$0] && !nodes[$0].isText }
            guard elements.count == 1 else { break }
            top = p
        }
        topScore = scores[top] ?? topScore
        guard top != body, nodes[top].parent >= 0 else { return [body] }
        return siblings(of: top, score: topScore, scores, stats)
    }

    private func siblings(of top: Int, score topScore: Double, _ scores: [Int: Double], _ stats: NodeStats) -> [Int] {
        let nodes = tree.nodes
        let threshold = max(10, topScore * 0.2)
        let topClass = nodes[top].attribute("class") ?? ""
        var roots: [Int] = []
        for c in nodes[nodes[top].parent].children where stats.alive[c] && !nodes[c].isText {
            if c == top { roots.append(c); continue }
            var bonus = 0.0
            if !topClass.isEmpty, nodes[c].attribute("class") == topClass { bonus = topScore * 0.2 }
            if let s = scores[c], s + bonus >= threshold { roots.append(c); continue }
            guard nodes[c].name == "p" else { continue }
            let length = stats.textLength[c]
            let density = stats.linkDensity(c)
            if length > 80 && density < 0.25 {
                roots.append(c)
            } else if length > 0 && length <= 80 && density == 0 && TextContent.of(c, in: tree).endsSentence {
                roots.append(c)
            }
        }
        return roots
    }
}
