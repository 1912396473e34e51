/// Ranges built from two positions found separately (the token after a cue, the end of the
/// sentence's content, the end of a quotation) may come out inverted on clipped text; a
/// `Range` with its bounds the wrong way round traps, so such ranges are made through this.
extension Range where Bound == Int {
    /// `lower..<upper`, or nil when that would be empty or inverted.
    static func nonEmpty(_ lower: Int, _ upper: Int) -> Range<Int>? {
        lower < upper ? lower..<upper : nil
    }
}
