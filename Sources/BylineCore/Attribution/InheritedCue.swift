/// Which cue a quotation with no cue of its own takes from the attributions before it.
///
/// PolNeAR annotates a run of quotations as one attribution: "“A,” said Ekovich, who noted that
/// prices fell. “B.”" gives "B" the cue "said", not the nested "noted", and a quotation
/// continued in the next sentences or paragraphs keeps the cue of the frame that opened it.
extension QuoteAssembler {
    /// The cue and the rule for a quotation inheriting from `last` (the attribution that spoke
    /// last); `quoted` is the last framed attribution whose content held a quotation.
    func inheritedCue(from last: Attribution, quoted: Attribution?) -> (cue: Range<Int>?, rule: AttributionRule) {
        if last.kind == .indirect, last.frame != nil, let quoted, quoted.sentence == last.sentence, quoted.cue != nil {
            return (quoted.cue, .inheritedFromQuotation)
        }
        return (last.cue, .inherited)
    }
}
