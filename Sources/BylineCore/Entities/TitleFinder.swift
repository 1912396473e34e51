/// Finds the title in front of a person's name ("President", "Foreign Minister",
/// "spokesperson") from the title gazetteer, and trims a title the model put inside a name,
/// so that mention spans cover the name alone.
public struct TitleFinder: Sendable {
    /// Title matches by the token index they end before: end → start of the longest.
    private var byEnd: [Int: Int] = [:]
    /// Title matches by the token index they start at: start → end of the longest.
    private var byStart: [Int: Int] = [:]

    public init(profile: TokenProfile) {
        for m in profile.matches where m.lists & Gazetteer.List.title.bit != 0 {
            if let s = byEnd[m.range.upperBound], s <= m.range.lowerBound {} else { byEnd[m.range.upperBound] = m.range.lowerBound }
            if let e = byStart[m.range.lowerBound], e >= m.range.upperBound {} else { byStart[m.range.lowerBound] = m.range.upperBound }
        }
    }

    /// The token range of a title ending right before token `k`, if any.
    public func title(before k: Int) -> Range<Int>? {
        guard let s = byEnd[k] else { return nil }
        return s..<k
    }

    /// The token index where the name starts once a leading title inside `range` is skipped.
    public func nameStart(_ range: Range<Int>) -> Int {
        var start = range.lowerBound
        while let e = byStart[start], e < range.upperBound { start = e }
        return start
    }
}
