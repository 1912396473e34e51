/// Words that end in a full stop without ending a sentence, by how they behave before a
/// capitalised word: a title ("Mr. Smith") never ends one; the others may ("in the U.S. The").
public enum Abbreviations {
    /// Titles and name parts: always followed by a name, so never a sentence end.
    public static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Reps", "Sens", "Gen", "Lt", "Col",
        "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Amb",
        "Pres", "Supt", "Insp", "Det", "Atty", "Mme", "Mlle", "Messrs", "Gens", "Brig", "Lieut",
    ]

    /// Other common abbreviations: months, units, corporate suffixes, Latin, references.
    public static let others: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Co", "Ltd", "Bros", "LLC", "Plc", "Dept", "Univ", "Assn", "Govt",
        "No", "Nos", "Vol", "Vols", "pp", "p", "Fig", "fig", "Art", "Sec", "Ch", "Ed", "eds", "ed",
        "vs", "v", "etc", "approx", "est", "al", "cf", "ca", "viz", "Ave", "Blvd", "Rd", "Mt", "Ft",
        "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va",
        "Vt", "Wash", "Wis", "Wyo", "Ariz", "Ark", "Del", "Ala", "Fed", "Gov't", "Intl", "Natl",
        "mln", "bln", "mn", "bn", "tn", "km", "kg", "lb", "lbs", "oz", "ft", "yr", "yrs", "min", "hr", "hrs",
    ]

    /// Words that commonly open a sentence: after an ambiguous abbreviation ("U.S.", "Jan.")
    /// one of these means the sentence did end there.
    public static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "As", "If", "When", "While",
        "After", "Before", "Since", "Although", "Though", "However", "Meanwhile", "There", "Here",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "What", "Who", "Why", "How", "Where",
        "Some", "Many", "Most", "All", "No", "One", "Two", "Both", "Each", "Such", "Still", "Also",
        "Then", "Now", "Yesterday", "Today", "Last", "Earlier", "Later", "According", "Asked",
        "Officials", "Critics", "Analysts", "Experts", "Sources", "Despite", "Under", "With", "By",
    ]

    /// True when a word followed by "." is a known abbreviation of either kind.
    public static func isKnown(_ word: String) -> Bool {
        titles.contains(word) || others.contains(word)
    }
}
