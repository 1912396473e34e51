/// The closed word classes the attribution and claim stages lean on in place of a
/// part-of-speech tagger. Each class is one file of `Resources/Lexicon`, named by `fileName`;
/// a word may belong to several, so a token's classes are one bit set (`WordClasses`).
public enum WordClass: Int, CaseIterable, Sendable {
    case betweenSubjectAndCue, phraseBreaker, determiner, anonymousHead, quantityHead, documentHead
    case outletWord, governmentWord, organizationWord, personHead, trailingConnective, governmentPlace
    case objectPronoun, timeWord, placePreposition, title, reportParticiple, prepositionWord, nounMarker
    case timeAdverb, month, numberWord, introduction, nounCue, nounOpener, interviewWord
    case pollWord, respondentWord, outletType, beForm, afterCueNonContent, notAName, audienceWord, meetingWord
    case claimQuantity, claimHedge, claimDenial, claimComparative, claimSuperlative, claimCausal, claimCeremony
    case questionOpener, stanceNoun, clauseConnective, relativePronoun, speakerPostmodifier
    case article, indefiniteArticle, rolePreposition, affiliationPreposition, verbJoiner, sentenceConjunction
    case leadingConnective, independentFrameOpener, speakerPhraseEnder, nonContinuation, modal, perfectAuxiliary
    case progressiveAuxiliary, reportedByLead, nonObjectPreposition, relayPreposition, formatPreposition
    case occasionPreposition, whRelative, pluralQuantifier, anaphoricOpener, nameJoiner, lowercaseOutletWord
    case lyNonAdverb, placeNamePreposition, questionMarker, titleConjunction
    case complementizer, agentPreposition, personalRelative, infinitiveMarker, channelPreposition, hometownPreposition
    case quantifierSubject, shortAnswer, namingCue

    /// The resource file of the class, without ".txt".
    public var fileName: String {
        switch self {
        case .betweenSubjectAndCue: return "between-subject-and-cue"
        case .phraseBreaker: return "phrase-breakers"
        case .determiner: return "determiners"
        case .anonymousHead: return "anonymous-heads"
        case .quantityHead: return "quantity-heads"
        case .documentHead: return "document-heads"
        case .outletWord: return "outlet-words"
        case .governmentWord: return "government-words"
        case .organizationWord: return "organization-words"
        case .personHead: return "person-heads"
        case .trailingConnective: return "trailing-connectives"
        case .governmentPlace: return "government-places"
        case .objectPronoun: return "object-pronouns"
        case .timeWord: return "time-words"
        case .placePreposition: return "place-prepositions"
        case .title: return "titles"
        case .reportParticiple: return "report-participles"
        case .prepositionWord: return "preposition-words"
        case .nounMarker: return "noun-markers"
        case .timeAdverb: return "time-adverbs"
        case .month: return "months"
        case .numberWord: return "number-words"
        case .introduction: return "introductions"
        case .nounCue: return "noun-cues"
        case .nounOpener: return "noun-openers"
        case .interviewWord: return "interview-words"
        case .pollWord: return "poll-words"
        case .respondentWord: return "respondent-words"
        case .outletType: return "outlet-types"
        case .beForm: return "be-forms"
        case .afterCueNonContent: return "after-cue-non-content"
        case .notAName: return "not-a-name"
        case .audienceWord: return "audience-words"
        case .meetingWord: return "meeting-words"
        case .claimQuantity: return "claim-quantities"
        case .claimHedge: return "claim-hedges"
        case .claimDenial: return "claim-denials"
        case .claimComparative: return "claim-comparatives"
        case .claimSuperlative: return "claim-superlatives"
        case .claimCausal: return "claim-causal"
        case .claimCeremony: return "claim-ceremony"
        case .questionOpener: return "question-openers"
        case .stanceNoun: return "stance-nouns"
        case .clauseConnective: return "clause-connectives"
        case .relativePronoun: return "relative-pronouns"
        case .speakerPostmodifier: return "speaker-postmodifiers"
        case .article: return "articles"
        case .indefiniteArticle: return "indefinite-articles"
        case .rolePreposition: return "role-prepositions"
        case .affiliationPreposition: return "affiliation-prepositions"
        case .verbJoiner: return "verb-joiners"
        case .sentenceConjunction: return "sentence-conjunctions"
        case .leadingConnective: return "leading-connectives"
        case .independentFrameOpener: return "independent-frame-openers"
        case .speakerPhraseEnder: return "speaker-phrase-enders"
        case .nonContinuation: return "non-continuations"
        case .modal: return "modals"
        case .perfectAuxiliary: return "perfect-auxiliaries"
        case .progressiveAuxiliary: return "progressive-auxiliaries"
        case .reportedByLead: return "reported-by-leads"
        case .nonObjectPreposition: return "non-object-prepositions"
        case .relayPreposition: return "relay-prepositions"
        case .formatPreposition: return "format-prepositions"
        case .occasionPreposition: return "occasion-prepositions"
        case .whRelative: return "wh-relatives"
        case .pluralQuantifier: return "plural-quantifiers"
        case .anaphoricOpener: return "anaphoric-openers"
        case .nameJoiner: return "name-joiners"
        case .lowercaseOutletWord: return "lowercase-outlet-words"
        case .lyNonAdverb: return "ly-non-adverbs"
        case .placeNamePreposition: return "place-name-prepositions"
        case .questionMarker: return "question-markers"
        case .titleConjunction: return "title-conjunctions"
        case .complementizer: return "complementizers"
        case .agentPreposition: return "agent-prepositions"
        case .personalRelative: return "personal-relatives"
        case .infinitiveMarker: return "infinitive-markers"
        case .channelPreposition: return "channel-prepositions"
        case .hometownPreposition: return "hometown-prepositions"
        case .quantifierSubject: return "quantifier-subjects"
        case .shortAnswer: return "short-answers"
        case .namingCue: return "naming-cues"
        }
    }

    public var bit: WordClasses { WordClasses(rawValue: 1 << UInt128(rawValue)) }
}

/// A set of word classes, one bit each: 128 bits, since the classes outgrew 64.
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt128
    public init(rawValue: UInt128) { self.rawValue = rawValue }
}
