/// The verbs and phrases that introduce reported speech or thought, by the way they
/// attach their content, so the frame finder knows where to look for speaker and content.
///
/// The forms live in `Resources/Lexicon/cues.tsv` (form, lemma, kind). The lemma list follows
/// the most frequent cue heads of the PolNeAR training annotations (said, says, told,
/// according to, wrote, added, noted, reported, …); rarer and ambiguous heads ("called",
/// "about", "show") are kept out or only count before a quotation or "that", because on their
/// own they mostly are not attributions.
public enum CueLexicon {
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// Speech: "said", "noted", "denied"; takes a clause or a quotation.
        case speech
        /// Speech addressed to someone: "told reporters that", "assured the hosts".
        case addressed
        /// Belief and intention: "believe", "think", "expect"; indirect only.
        case cognition
        /// Evidence verbs whose subject is often a document: "shows", "indicates", "found".
        case evidence
        /// Verbs that are cues only before a quotation mark or "that": "called", "described".
        case weak
        /// Raising verbs: "seemed", "appears"; the subject and its complement are the content,
        /// and no one is named as the source.
        case raising

        /// Whether its subject says or thinks a clause of its own ("said that …", "told him
        /// that …", "believes that …"): the kinds the rules that look for a subject away from
        /// the cue take.
        public var reportsClause: Bool { self == .speech || self == .addressed || self == .cognition }

        /// The kind named as in the lexicon file.
        public init?(name: String) {
            switch name {
            case "speech": self = .speech
            case "addressed": self = .addressed
            case "cognition": self = .cognition
            case "evidence": self = .evidence
            case "weak": self = .weak
            case "raising": self = .raising
            default: return nil
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public let lemma: String
        public let kind: Kind
        /// A weak cue whose object is itself the attributed stance ("endorsed Ana Ruiz",
        /// "criticized the plan", "accused him of lying"): content even with no quotation or "that".
        public let stance: Bool

        public init(lemma: String, kind: Kind, stance: Bool = false) {
            self.lemma = lemma
            self.kind = kind
            self.stance = stance
        }
    }

    /// Every single-word form of the bundled lexicon, lower-cased, with its lemma and kind.
    public static var forms: [String: Entry] { BundledEntityData.shared.lexicon.cues }

    /// The entry for a lower-cased word in the bundled lexicon, if it is a cue.
    public static func entry(_ lowercased: String) -> Entry? { forms[lowercased] }
}
