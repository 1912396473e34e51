/// What a quote takes from its attribution, in under half the size: the attributions (with the
/// frames, relays and descriptions the source chain read) are let go before the quotes are
/// made, so dense text, with tens of thousands of each, never holds both in full.
///
/// Offsets are stored in 32 bits, as in `Token`: analysed text stays below `Token.maxOffset`.
struct QuoteSeed {
    var kind: Quote.Kind
    /// The rule that found the attribution, and the one that resolved its speaker (nil: no speaker).
    var rule: AttributionRule
    var speakerRule: SpeakerRule?
    private var hasCue: Bool
    private var contentStart: UInt32, contentEnd: UInt32
    private var cueStart: UInt32, cueEnd: UInt32
    private var mentionStart: UInt32, mentionEnd: UInt32
    private var sentence32: UInt32
    var speakerName: String?
    var speakerEntity: String?
    /// The id of the speaker's node in the source chain.
    var source: String?

    init(_ a: QuoteAssembler.Attribution, source: String?) {
        kind = a.kind
        rule = a.rule
        speakerRule = a.speaker?.rule
        hasCue = a.cue != nil
        contentStart = UInt32(truncatingIfNeeded: a.content.lowerBound)
        contentEnd = UInt32(truncatingIfNeeded: a.content.upperBound)
        cueStart = UInt32(truncatingIfNeeded: a.cue?.lowerBound ?? 0)
        cueEnd = UInt32(truncatingIfNeeded: a.cue?.upperBound ?? 0)
        mentionStart = UInt32(truncatingIfNeeded: a.speaker?.mention.lowerBound ?? 0)
        mentionEnd = UInt32(truncatingIfNeeded: a.speaker?.mention.upperBound ?? 0)
        sentence32 = UInt32(truncatingIfNeeded: a.sentence)
        speakerName = a.speaker?.name
        speakerEntity = a.speaker?.entity
        self.source = source
    }

    var content: Range<Int> { Int(contentStart)..<Int(contentEnd) }
    var cue: Range<Int>? { hasCue ? Int(cueStart)..<Int(cueEnd) : nil }
    /// The speaker's mention, nil without a speaker.
    var mention: Range<Int>? { speakerRule == nil ? nil : Int(mentionStart)..<Int(mentionEnd) }
    var sentence: Int { Int(sentence32) }

    /// The seeds of the attributions that are quotes (not those that only name a relay), in
    /// reading order: by the cue of a frame, or the start of an inherited quotation.
    static func inReadingOrder(_ attributions: [QuoteAssembler.Attribution], sources nodeOf: [String?]) -> [QuoteSeed] {
        func position(_ a: QuoteAssembler.Attribution) -> Int {
            a.frame == nil ? a.content.lowerBound : (a.cue?.lowerBound ?? a.content.lowerBound)
        }
        var order = Array(attributions.indices.filter { !attributions[$0].relayOnly })
        order.sort { (position(attributions[$0]), $0) < (position(attributions[$1]), $1) }
        return order.map { QuoteSeed(attributions[$0], source: nodeOf[$0]) }
    }
}
