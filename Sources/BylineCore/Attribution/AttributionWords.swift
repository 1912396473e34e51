/// Closed word classes the attribution stage leans on in place of a part-of-speech tagger:
/// the words that may stand between a speaker and its cue, that end a noun phrase, or that
/// tell a person from an outlet, an anonymous source or a document.
enum AttributionWords {
    /// Pronouns that can be speakers, with their number and gender.
    enum Gender: Sendable { case male, female, unknown }
    struct PronounInfo { let plural: Bool; let gender: Gender; let person: Bool }

    static let pronouns: [String: PronounInfo] = [
        "he": PronounInfo(plural: false, gender: .male, person: true),
        "she": PronounInfo(plural: false, gender: .female, person: true),
        "they": PronounInfo(plural: true, gender: .unknown, person: false),
        "it": PronounInfo(plural: false, gender: .unknown, person: false),
        "we": PronounInfo(plural: true, gender: .unknown, person: true),
        "i": PronounInfo(plural: false, gender: .unknown, person: true),
        "you": PronounInfo(plural: false, gender: .unknown, person: true),
    ]

    /// Words allowed between a subject and its cue: auxiliaries, negation, common adverbs.
    static let betweenSubjectAndCue: Set<String> = [
        "has", "have", "had", "also", "further", "later", "previously", "then", "again", "once", "would",
        "will", "could", "may", "might", "should", "did", "does", "do", "not", "never", "is", "are", "was",
        "were", "be", "been", "recently", "repeatedly", "publicly", "privately", "reportedly", "often",
        "already", "first", "long", "even", "still", "just", "now", "flatly", "widely", "frequently",
        "consistently", "openly", "initially", "originally", "separately", "quickly", "apparently", "only",
        "n't", "always", "ever", "allegedly",
    ]

    /// Words that cannot be inside a speaker noun phrase: they end it when scanning outwards.
    static let phraseBreakers: Set<String> = [
        "and", "or", "but", "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if",
        "though", "although", "since", "after", "before", "where", "so", "than", "to", "in", "on", "at",
        "with", "without", "from", "into", "about", "over", "under", "against", "during", "between",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
        "may", "might", "should", "must", "not", "also", "this", "there", "it", "its", "what", "how", "why",
        "said", "says", "say", "told", "by", "until", "unless", "whether", "do", "does", "did", "yet", "then",
        "according", "per", "via", "like", "upon", "through",
    ]

    /// Determiners and quantifiers that open a description ("the spokesperson", "a source").
    static let determiners: Set<String> = [
        "the", "a", "an", "another", "some", "many", "several", "most", "few", "two", "three", "four",
        "both", "these", "those", "his", "her", "their", "our", "my", "other", "one", "all", "same", "more",
    ]

    /// Heads of anonymous sources.
    static let anonymousHeads: Set<String> = [
        "source", "sources", "official", "officials", "insider", "insiders", "person", "people", "aide",
        "aides", "diplomat", "diplomats", "observers", "analysts", "experts", "critics", "residents",
        "witnesses", "voters", "respondents", "americans", "supporters", "advisers", "advisors", "allies",
    ]

    /// Words that make a phrase a share of a group ("12 percent of voters", "a majority of Republicans").
    static let quantityHeads: Set<String> = [
        "percent", "%", "majority", "minority", "plurality", "half", "third", "quarter", "share", "percentage",
        "two-thirds", "three-quarters", "most", "many", "some", "none", "all", "fifth",
    ]

    /// Heads of documents and reports that speak through their authors.
    static let documentHeads: Set<String> = [
        "assessment", "report", "poll", "polls", "survey", "study", "statement", "document", "documents",
        "memo", "letter", "analysis", "data", "figures", "estimate", "estimates", "article", "story", "review",
        "filing", "records", "record", "audit", "investigation", "findings", "research", "release", "transcript",
        "email", "emails", "tweet", "post", "video", "footage", "paper", "book", "column", "editorial",
    ]

    /// Words that mark a news outlet, by name or by description.
    static let outletWords: Set<String> = [
        "media", "newspaper", "daily", "magazine", "outlet", "outlets", "network", "agency", "channel",
        "broadcaster", "tabloid", "paper", "wire", "press", "times", "post", "journal", "news", "tribune",
        "herald", "guardian", "telegraph", "reuters", "bloomberg", "cnn", "nbc", "abc", "cbs", "msnbc", "bbc",
        "politico", "axios", "ap", "afp", "tass", "ria", "xinhua", "interfax", "fox", "npr", "pbs", "hill",
        "atlantic", "economist", "gazette", "independent", "observer", "examiner", "chronicle", "breitbart",
        "buzzfeed", "vox", "slate", "salon", "newsweek", "time", "wsj", "nyt", "usa", "yahoo", "huffpost",
        "mirror", "sun", "express", "caller", "beast", "intercept", "kommersant", "izvestia", "nikkei",
        "yonhap", "kyodo", "anadolu", "dpa", "ansa", "efe", "report", "cnbc", "rt", "univision", "telemundo",
    ]

    /// Words that mark a government body.
    static let governmentWords: Set<String> = [
        "ministry", "department", "government", "administration", "kremlin", "pentagon", "congress",
        "senate", "parliament", "cabinet", "embassy", "council", "white", "commission", "office", "house",
        "court", "police", "military", "army", "state", "treasury", "bureau",
    ]

    /// Words that mark an organisation other than a government or an outlet.
    static let organizationWords: Set<String> = [
        "campaign", "party", "committee", "group", "company", "corporation", "inc", "corp", "foundation",
        "institute", "center", "centre", "association", "union", "university", "organization",
        "organisation", "council", "bank", "fund", "coalition", "alliance", "team", "firm", "club",
    ]

    /// Person descriptions that a definite description ("the spokesperson") may refer back to.
    static let personHeads: Set<String> = [
        "spokesperson", "spokesman", "spokeswoman", "minister", "president", "representative", "senator",
        "governor", "candidate", "nominee", "leader", "secretary", "director", "chairman", "chair", "ceo",
        "official", "ambassador", "mayor", "chief", "adviser", "advisor", "aide", "lawmaker", "congressman",
        "congresswoman", "analyst", "expert", "author", "writer", "reporter", "professor", "economist",
        "strategist", "pollster", "manager", "attorney", "lawyer", "judge", "general", "commander",
        "prime", "premier", "businessman", "businesswoman", "billionaire", "former", "host", "head",
        "woman", "man", "mother", "father", "wife", "husband", "daughter", "son", "mogul", "veteran", "speaker",
        "hopeful", "activist", "organizer", "founder", "consultant", "commentator", "columnist",
    ]

    /// Titles that tell a person's gender.
    static let maleTitles: Set<String> = ["mr", "mr.", "sir", "king", "lord", "father", "he", "him", "his", "spokesman",
                                          "congressman", "businessman", "husband", "son", "brother"]
    static let femaleTitles: Set<String> = ["ms", "ms.", "mrs", "mrs.", "miss", "madam", "queen", "lady", "she", "her",
                                            "spokeswoman", "congresswoman", "businesswoman", "wife", "daughter",
                                            "sister", "mother"]

    /// Given names common in English-language news, by gender.
    static let maleNames: Set<String> = [
        "donald", "joe", "barack", "bill", "george", "john", "mike", "michael", "bernie", "ted", "marco",
        "paul", "jeb", "chris", "tim", "mitt", "vladimir", "xi", "kim", "james", "robert", "david", "richard",
        "thomas", "mark", "steve", "steven", "peter", "andrew", "jim", "tom", "rudy", "newt", "rick", "ben",
        "scott", "jason", "eric", "kevin", "brian", "jeff", "ryan", "sean", "reince", "mitch", "harry",
        "lindsey", "rand", "gary", "emmanuel", "boris", "olaf", "recep", "narendra", "benjamin", "sergei",
        "sergey", "dmitry", "volodymyr", "antony", "lloyd", "jake", "lin", "wang", "jian", "anthony", "frank",
        "charles", "william", "edward", "henry", "jack", "martin", "matt", "nick", "dan", "daniel", "greg",
    ]
    static let femaleNames: Set<String> = [
        "hillary", "melania", "ivanka", "michelle", "kellyanne", "nancy", "elizabeth", "sarah", "jill",
        "chelsea", "huma", "angela", "theresa", "ursula", "kamala", "condoleezza", "madeleine", "mary",
        "jennifer", "karen", "susan", "linda", "patricia", "lisa", "anna", "maria", "laura", "emily",
        "jane", "kate", "katie", "claire", "amy", "rachel", "megyn", "hope", "donna", "debbie", "nikki",
        "carly", "tulsi", "marsha", "maxine", "dianne", "barbara", "alicia", "kathleen",
    ]

    /// Words that open a reported clause and are dropped from its content.
    static let complementizers: Set<String> = ["that"]

    /// Conjunctions trimmed from the end of a content span cut short by the next attribution.
    static let trailingConnectives: Set<String> = [
        "and", "but", "though", "although", "while", "as", "so", "because", "yet", "or", "which", "when",
        "that", "with", "where", "even",
    ]
}

extension AttributionWords {
    /// Capitals and states that stand for their governments as speakers ("Beijing denied").
    static let governmentPlaces: Set<String> = [
        "beijing", "moscow", "washington", "kyiv", "kiev", "tehran", "pyongyang", "london", "paris", "berlin",
        "tokyo", "seoul", "ankara", "brussels", "kremlin", "china", "russia", "ukraine", "iran", "israel",
        "britain", "france", "germany", "japan", "india", "turkey", "taipei", "jerusalem", "damascus", "baku",
        "yerevan", "tbilisi", "minsk", "warsaw", "rome", "madrid", "ottawa", "canberra", "delhi", "islamabad",
    ]
}
