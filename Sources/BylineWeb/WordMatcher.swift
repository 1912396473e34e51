/// Finds any of a list of words inside a hint in one pass: the words are bucketed by their
/// first byte, so long utility-class attributes cost one scan, not one scan per word.
struct WordMatcher: Sendable {
    private var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)

    init(_ words: [String]) {
        for w in words where !w.isEmpty {
            let bytes = Array(w.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
    }

    func occurs(in hint: ArraySlice<UInt8>) -> Bool {
        let n = hint.endIndex
        var i = hint.startIndex
        while i < n {
            for w in buckets[Int(hint[i])] where i + w.count <= n {
                var j = 1
                while j < w.count && hint[i + j] == w[j] { j += 1 }
                if j == w.count { return true }
            }
            i += 1
        }
        return false
    }
}
