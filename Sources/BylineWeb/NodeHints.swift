/// The hints of every element of a page, worked out once: the extraction consults them on
/// each of its attempts.
struct NodeHints {
    var weight: [Double]
    var unlikely: [Bool]
    var byline: [Bool]
    var share: [Bool]
    var block: [Bool]

    init(_ tree: HTMLTree) {
        let n = tree.nodes.count
        weight = Array(repeating: 0, count: n)
        unlikely = Array(repeating: false, count: n)
        byline = Array(repeating: false, count: n)
        share = Array(repeating: false, count: n)
        block = Array(repeating: false, count: n)
        for i in 0..<n {
            let node = tree.nodes[i]
            guard !node.isText else { continue }
            block[i] = ElementKinds.isBlock(node.name)
            guard !node.attributes.isEmpty else { continue }
            let hint = BoilerplateHints.hint(node)
            weight[i] = BoilerplateHints.weight(node, hint: hint)
            unlikely[i] = BoilerplateHints.isUnlikely(node, hint: hint)
            byline[i] = BoilerplateHints.isByline(node, hint: hint)
            share[i] = BoilerplateHints.isShareBar(hint)
        }
    }
}
