/// The small, fixed word lists claim matching uses, held as FNV-1a hashes of the lowercase
/// UTF-8 bytes (the scanner hashes each word as it reads it). They are part of the matching's
/// definition: changing one changes which reports group, so bump `ClaimFingerprint.version`.
enum ClaimLexicon {
    static func hash(_ word: String) -> UInt64 {
        var h = FeatureHash.offset
        for b in word.utf8 { h = FeatureHash.step(h, UInt32(b)) }
        return h
    }

    /// Looked up once per word of every claim: a `KeyTable`, not a `Set`, so no `Hasher` runs.
    private static func hashes(_ words: String) -> KeyTable {
        KeyTable(words.split(separator: " ").map { (hash(String($0)), 0) })
    }

    /// Function words, and the reporting verbs that differ between outlets retelling one
    /// report ("said", "according to", "told"); comparatives such as "over" and "more than" go
    /// too, so "over 10,000" and "more than 10,000" meet.
    static let stopWords = hashes("""
        a an the and or but if of to in on at by for from with as into onto over under about than then that this these \
        those there here it its is are was were be been being has have had do does did will would shall should can could \
        may might must he she they them his her their we our you your i me my him us also which who whom whose what when \
        where why how more most very just so such s t some any all both each other another up out off again further once \
        while during before after above below between through against among said says say saying according told tells \
        reported reports reportedly report added adds stated states claimed claims announced announces confirmed confirms \
        statement noted explained wrote cited citing
        """)

    /// Words that make a sentence negated; "n't" contractions come split at the apostrophe.
    static let negations = hashes("""
        not no never nor cannot neither none nobody nothing don doesn didn isn aren wasn weren hasn haven hadn wouldn \
        couldn shouldn mustn
        """)
    static let can = hash("can"), won = hash("won"), t = hash("t")

    /// Number words and their values; "one" counts only before "hundred" or a magnitude.
    static let numberWords: KeyTable = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var table = KeyTable()
        for (n, w) in units.enumerated() { table[hash(w)] = Int32(n) }
        for (n, w) in tens.enumerated() { table[hash(w)] = Int32((n + 2) * 10) }
        return table
    }()

    static let one = hash("one"), hundred = hash("hundred"), and = hash("and"), percent = hash("percent")

    /// Magnitudes after a number, as powers of ten: "10 thousand", "2.3 billion", "5bn".
    static let scales = KeyTable([
        (hash("thousand"), 3), (hash("thousands"), 3), (hash("million"), 6), (hash("millions"), 6), (hash("billion"), 9),
        (hash("bn"), 9), (hash("trillion"), 12),
    ])

    /// Letters glued to a number that do not change it: "10th", "1990s".
    static let numberSuffixes = hashes("st nd rd th s")
}
