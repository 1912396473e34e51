/// The verbs and phrases that introduce reported speech or thought, by the way they
/// attach their content, so the frame finder knows where to look for speaker and content.
///
/// The lemma list follows the most frequent cue heads of the PolNeAR training annotations
/// (said, says, told, according to, wrote, added, noted, reported, …); rarer and ambiguous
/// heads ("called", "about", "show") are kept out or only count before a quotation or
/// "that", because on their own they mostly are not attributions.
public enum CueLexicon {
    public enum Kind: UInt8, Sendable {
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
    }

    public struct Entry: Sendable {
        public let lemma: String
        public let kind: Kind
    }

    /// Every inflected form, lower-cased, with its lemma and kind.
    public static let forms: [String: Entry] = {
        var table: [String: Entry] = [:]
        for (kind, rows) in [(Kind.speech, speech), (.addressed, addressed), (.cognition, cognition),
                             (.evidence, evidence), (.weak, weak)] {
            for row in rows.split(separator: "|") {
                let words = row.split(separator: " ").map(String.init)
                guard let lemma = words.first else { continue }
                for w in words where table[w] == nil { table[w] = Entry(lemma: lemma, kind: kind) }
            }
        }
        return table
    }()

    /// The entry for a lower-cased word, if it is a cue.
    public static func entry(_ lowercased: String) -> Entry? { forms[lowercased] }

    /// Cues of two words: "As Tom Ridge put it: “…”" is weak, taken only before a quotation, a colon or "that".
    public static func phrasal(_ lowercased: String, next: String) -> Entry? {
        lowercased == "put" && next == "it" ? Entry(lemma: "put", kind: .weak) : nil
    }

    static let speech = """
    say says said saying|add adds added adding|note notes noted noting|report reports reported reporting|\
    write writes wrote written writing|claim claims claimed claiming|argue argues argued arguing|\
    explain explains explained explaining|insist insists insisted insisting|state stated stating|\
    declare declares declared declaring|announce announces announced announcing|\
    confirm confirms confirmed confirming|deny denies denied denying|acknowledge acknowledges acknowledged acknowledging|\
    admit admits admitted admitting|suggest suggests suggested suggesting|reveal reveals revealed revealing|\
    stress stresses stressed stressing|emphasize emphasizes emphasized emphasizing|\
    emphasise emphasises emphasised emphasising|reiterate reiterates reiterated reiterating|\
    remark remarks remarked remarking|\
    assert asserts asserted asserting|contend contends contended contending|\
    maintain maintains maintained maintaining|concede concedes conceded conceding|predict predicts predicted predicting|\
    \
    tweet tweets tweeted tweeting|recall recalls recalled recalling|observe observes observed observing|\
    conclude concludes concluded concluding|allege alleges alleged alleging|\
    complain complains complained complaining|joke jokes joked joking|\
    quip quips quipped quipping|testify testifies testified testifying|disclose discloses disclosed disclosing|\
    caution cautions cautioned cautioning|boast boasts boasted boasting|brag brags bragged bragging|\
    \
    acknowledge|warn warns warned warning|charge charges charged charging|predict|affirm affirms affirmed affirming|\
    announce|proclaim proclaims proclaimed proclaiming|\
    \
    speculate speculates speculated speculating|hint hints hinted hinting|imply implies implied implying|\
    estimate estimates estimated estimating|stress|\
    posit posits posited positing|opine opines opined opining|\
    yell yells yelled yelling|scream screams screamed screaming|chant chants chanted chanting|\
    interject interjects interjected interjecting|whisper whispers whispered whispering|\
    plead pleads pleaded pleading|muse muses mused musing|
    """

    static let addressed = """
    tell tells told telling|assure assures assured assuring|inform informs informed informing|\
    remind reminds reminded reminding|advise advises advised advising|notify notifies notified notifying|\
    convince convinces convinced convincing|
    """

    static let cognition = """
    believe believes believed believing|think thinks thought thinking|feel feels felt feeling|\
    fear fears feared fearing|hope hopes hoped hoping|expect expects expected expecting|\
    know knows knew known knowing|suspect suspects suspected suspecting|worry worries worried worrying|\
    doubt doubts doubted doubting|assume assumes assumed assuming|understand understands understood understanding|\
    realize realizes realized realizing|realise realises realised realising|learn learns learned learnt learning|\
    reckon reckons reckoned reckoning|figure figures figured figuring|consider considers considered considering|\
    worry|insist|
    """

    static let evidence = """
    show shows showed shown showing|indicate indicates indicated indicating|find finds found finding|\
    demonstrate demonstrates demonstrated demonstrating|
    """

    static let weak = """
    call calls called calling|describe describes described describing|dub dubs dubbed dubbing|\
    label labels labeled labelled labeling|respond responds responded responding|reply replies replied replying|answer answers answered answering|counter counters countered countering|ask asks asked asking|mention mentions mentioned mentioning|promise promises promised promising|pledge pledges pledged pledging|vow vows vowed vowing|comment comments commented commenting|lament laments lamented lamenting|shout shouts shouted shouting|exclaim exclaims exclaimed exclaiming|wonder wonders wondered wondering|agree agrees agreed agreeing|urge urges urged urging|email emailed emailing|post posts posted posting|continue continues continued continuing|recount recounts recounted recounting|retort retorts retorted retorting|praise praises praised praising|criticize criticizes criticized criticizing|\
    accuse accuses accused accusing|blame blames blamed blaming|read reads|quote quotes quoted quoting|\
    mock mocks mocked mocking|slam slams slammed slamming|blast blasts blasted blasting|deride derides derided deriding|\
    title titled|entitle entitled|\
    endorse endorses endorsed endorsing|condemn condemns condemned condemning|oppose opposes opposed opposing|\
    defend defends defended defending|echo echoes echoed echoing|refer refers referred referring|\
    point points pointed pointing|
    """

    /// Weak cues whose object is itself the attributed stance ("endorsed Ana Ruiz",
    /// "criticized the plan", "accused him of lying"), content even with no quotation or "that".
    public static let stanceLemmas: Set<String> = [
        "endorse", "condemn", "oppose", "defend", "criticize", "praise", "accuse", "blame", "echo", "describe",
    ]
}
