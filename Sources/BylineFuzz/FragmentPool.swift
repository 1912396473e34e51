import BylineCore

/// The pieces fuzz texts are built from: the words, marks and layouts that the attribution
/// stage reacts to (cues, names, outlets, pronouns, quotation marks of every style), ordinary
/// news prose around them, and the scalars that break naive offset arithmetic.
public enum FragmentPool {
    /// Whole sentences and clauses of news prose, some already attributed.
    public static let sentences = [
        "The ministry said on Tuesday that the budget would be cut.",
        "“We will not back down,” Ana Ribeiro said.",
        "According to Reuters, the talks collapsed late on Friday.",
        "The plan, officials said, was never put to a vote.",
        "He told reporters the decision was final.",
        "“It is too early to say,” said a spokesperson for the company.",
        "A senior official, who asked not to be named, confirmed the deal.",
        "Sources familiar with the matter said the merger was off.",
        "She added: “Nobody has shown us the models.”",
        "The report found that emissions rose by 4 percent in 2023.",
        "As Tom Ridge put it: “Security is a process.”",
        "Prices climbed, citing shortages of grain, the agency said.",
        "The senator denied the claims, saying they were false.",
        "It was reported by The Guardian that the vote was delayed.",
        "Trump attacked “the hateful ideology” of the group.",
        "Kerry: “By law, we have to act.”",
        "“Why now?” Clinton asked.",
        "A new poll showed Ruiz leading by six points.",
        "Mr. Smith, 54, said he would resign.",
        "The mayor said the barrier would cost 2.3 billion euros.",
        "They believe the economy will recover next year.",
        "The company declined to comment.",
        "“This is not over,” she said. “Not by a long way.”",
        "The minister told the BBC that talks were “constructive.”",
        "Police said two people were arrested.",
    ]

    /// Clauses without attribution, to pad and to report.
    public static let clauses = [
        "the vote was fair", "prices will rise again", "the barrier is expensive", "nothing has changed",
        "the ceasefire held overnight", "talks broke down", "the figures were wrong", "we cannot keep doing this",
        "the economy grew by 2 percent", "it was a mistake", "turnout was low", "the data were withheld",
    ]

    public static let names = [
        "Ana Ribeiro", "Rui Tavares", "Lin Jian", "Joe Biden", "Carla Moss", "Nora Vance", "Ban Ki-moon",
        "Inês Matos", "O'Neill", "Jean-Luc Picard", "Smith", "Dr. Ada Lovelace", "President Macron", "Ms. Ruiz",
        "the spokesperson", "a senior official", "officials", "the ministry", "The White House", "two officials familiar with the plan",
    ]

    public static let outlets = [
        "Reuters", "the BBC", "The New York Times", "USA Today", "Russian media", "CNN", "Público", "state television", "AFP",
    ]

    public static let pronouns = ["he", "He", "she", "She", "they", "They", "it", "It", "who", "we", "I"]

    /// Cue words and phrases besides the lexicon's own forms, which `cues` adds.
    static let cuePhrases = [
        "according to", "According to", "told", "told Reuters", "said", "says", "added", "citing", "as reported by",
        "put it", "in a statement", "said on Monday", "wrote on Twitter", "saying", "asked whether", "warned that",
    ]

    /// Every cue form of the lexicon, in a fixed order, and the cue phrases.
    public static let cues: [String] = CueLexicon.forms.keys.sorted() + cuePhrases

    /// Function words and glue that sit between the parts of an attribution.
    public static let glue = [
        "that", "the", "a", "and", "but", "of", "to", "by", "from", "in", "on", "as", "who", "was", "is", "were",
        "been", "being", "via", "for", "with", "however", "also", "still", "it", "nothing", "whether", "if", "out",
    ]

    public static let quotationMarks: [String] = [
        "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''", "``", "「", "」", "『", "』",
    ]

    public static let punctuation = [
        ".", ",", ":", ";", "!", "?", "…", "...", "—", "–", "―", "-", "--", "(", ")", "[", "]", "/", "&", "%", "$", "'s", "’s",
    ]

    public static let whitespace = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\r", "\u{00A0}", "\u{2028}", "\u{2029}", "\u{3000}"]

    /// Scalars that are easy to get wrong: combining marks, emoji and their joiners, controls,
    /// zero-width characters, right-to-left text, the replacement character and the BOM.
    public static let oddScalars = [
        "\u{0301}", "e\u{0301}", "\u{1F600}", "\u{1F469}\u{200D}\u{1F4BB}", "\u{1F1F5}\u{1F1F9}", "\u{0000}", "\u{0007}",
        "\u{001B}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{FFFD}", "\u{05D0}\u{05D1}", "\u{0627}\u{0644}", "\u{0130}",
        "ß", "ﬁ", "Ⅻ", "١٢٣", "\u{E000}", "\u{10FFFF}", "Ω", "ǅ", "\u{0085}", "\u{000C}",
    ]

    /// Numbers, dates and money, which the value rules and the claim scorer read.
    public static let values = ["2023", "4 percent", "$1.5 billion", "March 4", "last week", "40", "2.3", "1,000", "10:30", "3rd"]
}
