/// One attribution found around a cue, before its speaker is resolved: who is named
/// (token range), the cue (token range), what is reported (scalar range) and, when the text
/// names one, the outlet the statement went through ("told Reuters", "via Russian media").
struct AttributionFrame: Sendable {
    enum Pattern: Sendable {
        /// "X said (that) …"
        case speakerFirst
        /// "…, X said." and "“…,” said X."
        case contentLast
        /// "According to X, …" and "…, according to X."
        case accordingTo
        /// "…, citing X" and "…, as reported by X": X relays or backs the statement.
        case citing
        /// "…, saying …": the subject of the sentence speaks again.
        case participle
    }

    var pattern: Pattern
    var sentence: Int
    var cue: Range<Int>
    var speaker: Range<Int>?
    var content: Range<Int>
    var relay: Range<Int>?
    var cueKind: CueLexicon.Kind
    /// The rule that found the frame.
    var rule: AttributionRule
    /// For a pronoun speaker, the named subject of its sentence, which it most likely
    /// refers to ("Ban Ki-moon condemned what he called …").
    var antecedent: Range<Int>? = nil

    /// The first token of the attribution itself (speaker or cue), where a preceding
    /// content span must stop.
    var attributionStart: Int {
        pattern == .participle ? cue.lowerBound : min(cue.lowerBound, speaker?.lowerBound ?? cue.lowerBound)
    }
}
